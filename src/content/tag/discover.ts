// Phase 3b of tagging: run every discovery rule over an article's lines. What a rule
// finds is either a name the knowledge has (evidence that the text uses it as a name
// there) or a new name for the corpus-wide merge.
import type { KnowledgeIndex } from './knowledge-index.ts';
import { nameKey } from '../names/names.ts';
import { isGlued } from './glued.ts';
import type { PreparedArticle } from './prepare.ts';
import { RULES } from './rules/index.ts';
import { membersInListBlocks, pairRespectively } from './rules/member-list-block.ts';
import type { Discovery, RuleContext } from './rules/rule.ts';
import { notATitle } from './rules/phrases.ts';
import { KPOP_WORDS } from './lexicon/kpop-words.ts';
import { AMBIGUOUS_KIND_WORDS, KIND_WORDS } from './rules/kind-words.ts';
import type { TagKind } from '../../contract/model.ts';

const TOPIC_WORD = new Map([...KIND_WORDS].filter(([w]) => !AMBIGUOUS_KIND_WORDS.has(w)));

/** What the story is about, by its kind words: shows, or music (songs or albums). */
const topicOf = (article: PreparedArticle, kpop: boolean): TagKind | undefined => {
  // In a story about K-pop, "single" and "track" mean releases; elsewhere they may not.
  const words = kpop ? KIND_WORDS : TOPIC_WORD;
  const counts: Partial<Record<TagKind, number>> = {};
  for (const l of article.lines)
    for (const t of l.tokens) {
      const kind = words.get(t.norm);
      if (kind) counts[kind] = (counts[kind] ?? 0) + 1;
    }
  const show = counts.show ?? 0;
  const song = counts.song ?? 0;
  const album = counts.album ?? 0;
  if (show >= 2 && show >= 2 * (song + album)) return 'show';
  if (song + album >= 2 && song + album >= 2 * show) return album > song ? 'album' : 'song';
  return undefined;
};

export interface ArticleDiscoveries {
  /** "line:start" of every name a rule found, known or not. */
  evidence: Set<string>;
  /** Names the knowledge knows. `contextual`: only as an idol's legal name, which others share. */
  known: { ids: string[]; discovery: Discovery; contextual: boolean }[];
  /** Names the knowledge lacks. */
  fresh: Discovery[];
}

/**
 * A member a list introduces with their group, where the knowledge's entity of that name is
 * in other groups (or none): a new person who shares a stage name ("Riku" of a new group is
 * not NCT WISH's Riku).
 */
const anotherGroups = (d: Discovery, ids: string[], index: KnowledgeIndex) => {
  if (d.rule !== 'new-act' || d.kind !== 'person' || !d.memberOf) return false;
  const groups = new Set(index.lookup(d.memberOf) ?? []);
  return ids.every((id) => {
    const memberOf = (index.byId.get(id)?.memberOf as string[] | undefined) ?? [];
    return !memberOf.some((g) => groups.has(g));
  });
};

export const evidenceKey = (line: number, start: number, end: number) => `${line}:${start}:${end}`;

const tooLong = (d: Discovery) => d.name.length > 80 || d.name.split(/\s+/).length > 8;

/** A version or a featured artist after a title is the same song: "Dynamite (Slow Jam Remix)". */
const VERSION =
  /\s*[([](?:feat\.?|ft\.|with|prod\.)[^)\]]*[)\]]$|\s*[([][^)\]]*\b(?:remix|version|ver\.?|mix|edit|acoustic|live|inst\.?|instrumental|remaster(?:ed)?|sped up|slowed)\b[^)\]]*[)\]]$/i;
const baseTitle = (d: Discovery): Discovery => {
  if (d.kind !== 'song' && d.kind !== 'album') return d;
  const name = d.name.replace(VERSION, '');
  return name && name !== d.name ? { ...d, name, end: d.start + name.length } : d;
};

export const discoverIn = (
  article: PreparedArticle,
  index: KnowledgeIndex,
  signals: {
    aboutShow: boolean;
    kpop: boolean;
    group?: string;
    show?: string;
    outside?: Set<string>;
  },
): ArticleDiscoveries => {
  const kpop =
    signals.kpop ||
    article.lines.some((l) =>
      l.tokens.some((t) => KPOP_WORDS.has(t.norm) || (t.norm === 'k' && /K-pop/i.test(l.text))),
    );
  const topic = topicOf(article, kpop);
  const context: RuleContext = {
    known: index.known,
    aboutShow: signals.aboutShow,
    topic,
    kpop,
  };
  const evidence = new Set<string>();
  const raw: Discovery[] = [];
  const blocks = membersInListBlocks(article.lines, context);
  for (const line of article.lines) {
    const found = [...blocks.filter((d) => d.line === line.line)];
    for (const rule of RULES) found.push(...rule.find(line, context));
    for (const f of found) {
      const d = baseTitle(f);
      const key = nameKey(d.name);
      if (!key || index.ignored.has(key) || tooLong(d) || notATitle(d.name)) continue;
      if (isGlued(line.text, d.start, d.end)) continue;
      if (d.kind === 'person' && signals.outside?.has(key)) continue;
      // The shape rule alone is no evidence for a weak name: it is what we test.
      if (d.rule !== 'korean-name') evidence.add(evidenceKey(d.line, d.start, d.end));
      raw.push(d);
    }
  }
  // The story's show: the first the knowledge knows there, else the first a rule found. A
  // character its cast lines give belongs to it.
  const storyShow =
    signals.show ?? raw.find((d) => d.kind === 'show' && d.rule !== 'korean-name')?.name;
  if (storyShow)
    for (const [i, d] of raw.entries())
      if (d.kind === 'character' && d.playedBy && !d.show) raw[i] = { ...d, show: storyShow };
  // Members a list introduced without their group's name ("The five-member group is made up
  // of ...") belong to the group the story introduced, or else the first group it names.
  const storyGroup =
    raw.find((d) => d.rule === 'new-act' && d.kind === 'group')?.name ?? signals.group;
  const orphan = (d: Discovery) => d.rule === 'new-act' && d.kind === 'person' && !d.memberOf;
  const known: ArticleDiscoveries['known'] = [];
  const fresh: Discovery[] = [];
  for (const d of pairRespectively(raw, article.lines)) {
    const adopted = storyGroup && orphan(d) ? { ...d, memberOf: storyGroup } : d;
    // An alias that is an idol's legal name ("Chance (Choi Han-sol)") does not make a new
    // member that idol: such a name needs the idol's group in the story.
    const byAlias = d.alias && !index.contextualName(d.alias) ? index.lookup(d.alias) : undefined;
    const ids = index.lookup(d.name) ?? byAlias;
    // A character a cast line gives is no person of that name ("plays Yoon Bo-ra").
    const otherKind =
      d.kind === 'character' && !!ids?.every((id) => index.byId.get(id)?.kind !== 'character');
    if (ids?.length && !otherKind && !anotherGroups(adopted, ids, index))
      known.push({ ids, discovery: adopted, contextual: index.contextualName(d.name) });
    else fresh.push(adopted);
  }
  return { evidence, known, fresh };
};
