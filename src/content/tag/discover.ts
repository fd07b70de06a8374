// Phase 3b of tagging: run every discovery rule over an article's lines. What a rule
// finds is either a name the knowledge has (evidence that the text uses it as a name
// there) or a new name for the corpus-wide merge.
import type { KnowledgeIndex } from './knowledge-index.ts';
import { nameKey } from './names.ts';
import { isGlued } from './glued.ts';
import type { PreparedArticle } from './prepare.ts';
import { RULES } from './rules/index.ts';
import type { Discovery, RuleContext } from './rules/rule.ts';
import { notATitle } from './rules/phrases.ts';
import { AMBIGUOUS_KIND_WORDS, KIND_WORDS } from './rules/kind-words.ts';
import type { TagKind } from '../model.ts';

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

export const evidenceKey = (line: number, start: number) => `${line}:${start}`;

const tooLong = (d: Discovery) => d.name.length > 80 || d.name.split(/\s+/).length > 8;

/** A version or a featured artist after a title is the same song: "Dynamite (Slow Jam Remix)". */
const VERSION =
  /\s*[([](?:feat\.?|ft\.|with|prod\.)[^)\]]*[)\]]$|\s*[([][^)\]]*\b(?:remix|version|ver\.?|mix|edit|acoustic|live|inst\.?|instrumental|remaster(?:ed)?|sped up|slowed)\b[^)\]]*[)\]]$/i;
const baseTitle = (d: Discovery): Discovery => {
  if (d.kind !== 'song' && d.kind !== 'album') return d;
  const name = d.name.replace(VERSION, '');
  return name && name !== d.name ? { ...d, name, end: d.start + name.length } : d;
};

const KPOP_WORDS = new Set([
  'idol',
  'idols',
  'kpop',
  'comeback',
  'maknae',
  'trainee',
  'trainees',
  'fandom',
  'subunit',
]);

export const discoverIn = (
  article: PreparedArticle,
  index: KnowledgeIndex,
  signals: { aboutShow: boolean; kpop: boolean; group?: string; outside?: Set<string> },
): ArticleDiscoveries => {
  const kpop =
    signals.kpop ||
    article.lines.some((l) =>
      l.tokens.some((t) => KPOP_WORDS.has(t.norm) || (t.norm === 'k' && /K-pop/i.test(l.text))),
    );
  const context: RuleContext = {
    known: index.known,
    aboutShow: signals.aboutShow,
    topic: topicOf(article, kpop),
    kpop,
  };
  const evidence = new Set<string>();
  const known: ArticleDiscoveries['known'] = [];
  const fresh: Discovery[] = [];
  for (const line of article.lines) {
    for (const rule of RULES) {
      for (const found of rule.find(line, context)) {
        const d = baseTitle(found);
        const key = nameKey(d.name);
        if (!key || index.ignored.has(key) || tooLong(d) || notATitle(d.name)) continue;
        if (isGlued(line.text, d.start, d.end)) continue;
        if (d.kind === 'person' && signals.outside?.has(key)) continue;
        // The shape rule alone is no evidence for a weak name: it is what we test.
        if (d.rule !== 'korean-name') evidence.add(evidenceKey(d.line, d.start));
        const ids = index.lookup(d.name) ?? (d.alias ? index.lookup(d.alias) : undefined);
        if (ids?.length)
          known.push({ ids, discovery: d, contextual: index.contextualName(d.name) });
        else fresh.push(d);
      }
    }
  }
  // Members a list introduced without their group's name ("The five-member group is made up
  // of ...") belong to the group the story introduced, or else the first group it names.
  const storyGroup =
    [...fresh, ...known.map((k) => k.discovery)].find(
      (d) => d.rule === 'new-act' && d.kind === 'group',
    )?.name ?? signals.group;
  const orphans = (d: Discovery) => d.rule === 'new-act' && d.kind === 'person' && !d.memberOf;
  const adopt = (d: Discovery) => (storyGroup && orphans(d) ? { ...d, memberOf: storyGroup } : d);
  return {
    evidence,
    known: known.map((k) => ({ ...k, discovery: adopt(k.discovery) })),
    fresh: fresh.map(adopt),
  };
};
