// Every relation between entities, in one typed table: the registry field, the label the
// relation reads as from each side, and how a label reads for one target or several.
// The pipeline builds links from it and the app labels tag pages with it, so adding a
// relation is one row here (the compiler then asks for its labels here; the tag page reads
// them capitalised, with a plural for nouns: src/features/tags/components/relation-labels.ts).
import type { TagKind } from './kinds';

export type RelationLabel =
  | 'member of'
  | 'member'
  | 'show'
  | 'character'
  | 'played by'
  | 'plays'
  | 'actor'
  | 'cast in'
  | 'by'
  | 'song'
  | 'album'
  | 'director'
  | 'directed'
  | 'writer'
  | 'wrote'
  | 'network'
  | 'aired'
  | 'agency'
  | 'artist'
  | 'based on'
  | 'adapted as';

export interface RelationSpec {
  /** How the target reads from the entity that names it ("director" of a show). */
  forward: RelationLabel;
  /** How the entity reads from the target's side; may depend on the entity's kind. */
  inverse: RelationLabel | ((kind: TagKind) => RelationLabel);
  /** Whether the registry field holds one id (false) or a list. */
  many: boolean;
}

export const RELATIONS = {
  memberOf: { forward: 'member of', inverse: 'member', many: true },
  show: { forward: 'show', inverse: 'character', many: false },
  playedBy: { forward: 'played by', inverse: 'plays', many: false },
  cast: { forward: 'actor', inverse: 'cast in', many: true },
  by: { forward: 'by', inverse: (kind) => (kind === 'album' ? 'album' : 'song'), many: true },
  directedBy: { forward: 'director', inverse: 'directed', many: true },
  writtenBy: { forward: 'writer', inverse: 'wrote', many: true },
  network: { forward: 'network', inverse: 'aired', many: true },
  agency: { forward: 'agency', inverse: 'artist', many: true },
  basedOn: { forward: 'based on', inverse: 'adapted as', many: false },
} as const satisfies Record<string, RelationSpec>;

export type RelationKey = keyof typeof RELATIONS;
export const RELATION_KEYS = Object.keys(RELATIONS) as RelationKey[];
