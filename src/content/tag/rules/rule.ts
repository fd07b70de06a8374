// The interface every discovery rule implements: one line of an article in, the names it
// finds out. Rules are listed in index.ts; a new rule is a new file and one entry there.
import type { TagKind } from '../../../contract/model.ts';
import type { Token } from '../../names/names.ts';
import type { NameSpan } from '../korean-name-spans.ts';

export interface RuleLine {
  /** 1-based seed line. */
  line: number;
  text: string;
  tokens: Token[];
  /** The article's headline. */
  isTitle: boolean;
  /** Title Case: capitals carry no signal on this line. */
  titleCase: boolean;
  /** Korean personal names found on the line by their shape. */
  names: NameSpan[];
}

export interface Known {
  kind: TagKind;
  /** The entity's own name, as the knowledge writes it. */
  name: string;
}

export interface RuleContext {
  /** What the knowledge base (or an editor) knows of a name, if it knows it unambiguously. */
  known: (name: string) => Known | undefined;
  /** Whether the story is about a show, which makes "Name (Name)" a character and actor. */
  aboutShow: boolean;
  /** What the story's kind words say it is about: shows, or songs; undefined when unclear. */
  topic?: TagKind;
  /** The story names a known group or idol, or speaks of K-pop: a word in capitals may be a group. */
  kpop?: boolean;
}

/** Every rule's name, as findings carry it and content:check shows it: one union, so code
 *  that treats one rule's findings apart ("new-act", "korean-name") names a rule that exists. */
export type RuleName =
  | 'also-known-as'
  | 'award-list'
  | 'cast'
  | 'credit-title'
  | 'edition'
  | 'featuring'
  | 'group-role'
  | 'headline-title'
  | 'kind-title'
  | 'korean-name'
  | 'marked-title'
  | 'member-of'
  | 'name-list'
  | 'new-act'
  | 'pair'
  | 'people-list'
  | 'possessive-member'
  | 'quoted-title'
  | 'role'
  | 'title-list';

export interface Discovery {
  name: string;
  kind: TagKind;
  rule: RuleName;
  line: number;
  /** Where the name stands on its line. */
  start: number;
  end: number;
  /** Another name of the same entity (Hangul, legal name, stage name). */
  alias?: string;
  /** For a character: the actor's name. */
  playedBy?: string;
  /** For a character: the show of the story that gives the cast (discover.ts). */
  show?: string;
  /** For a member: the group's name. */
  memberOf?: string;
}

export interface DiscoveryRule {
  name: RuleName;
  find: (line: RuleLine, context: RuleContext) => Discovery[];
}
