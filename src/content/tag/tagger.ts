// Tags every article of the corpus with entities, in named phases:
//   1. index the knowledge once (knowledge-index.ts)
//   2. prepare each article: numbered, tokenized lines with Korean name shapes (prepare.ts)
//   3. per article, find the knowledge's names and run the discovery rules, then decide
//      which entities the names stand for (mentions.ts, discover.ts, resolve.ts)
//   4. merge the names the knowledge lacks across the corpus (merge-discovered.ts), and find
//      where they appear in every story (discovered-mentions.ts)
//   5. tag each article with both: the headline's names first (main-tag-order.ts)
import { compareText } from '../compare.ts';
import { TAGGING_ORDER } from '../../contract/kinds.ts';
import type { Knowledge } from '../knowledge/build-knowledge.ts';
import type { ParsedArticle } from '../read/parse.ts';
import type { Entity } from '../validate/schema.ts';
import { discoverIn, evidenceKey, type ArticleDiscoveries } from './discover.ts';
import { indexKnowledge, type KnowledgeIndex } from './knowledge-index.ts';
import { knownMentions } from './mentions.ts';
import {
  collectDrafts,
  draftsToEntities,
  type DiscoveredEntity,
  type DiscoveredName,
  type SpellingMerge,
} from './merge-discovered.ts';
import { lookupName, nameKey } from '../names/names.ts';
import { linesOf, positionOf, prepareArticle, type PreparedArticle } from './prepare.ts';
import { oneWordOrgNames } from './org-words.ts';
import { resolveMentions } from './resolve.ts';
import { titleAliasesIn, type TitleAlias } from './title-aliases.ts';
import type { NearMiss } from './key-merge.ts';
import { outsideNames } from './outside-names.ts';
import { orderTags } from './main-tag-order.ts';
import {
  discoveredMentions,
  discoveredScope,
  type Mention,
  type StoryMentions,
} from './discovered-mentions.ts';
import { hashOf } from '../../build/build-manifest.ts';
import { emptyMemo, memoRun, type RunMemo } from '../run-memo.ts';

export type { Mention } from './discovered-mentions.ts';

export type { DiscoveredName, SpellingMerge } from './merge-discovered.ts';

export interface TaggedEntity extends Entity {
  discovered: boolean;
}

export interface AliasSuggestion {
  entityId: string;
  alias: string;
  file: string;
  line: number;
}

/** A name matched to a known entity by romanization key, not as written. */
export interface KeyMatch {
  entityId: string;
  written: string;
  file: string;
  line: number;
}

export interface TaggedCorpus {
  entities: TaggedEntity[];
  /** Per article, its tag ids in display order. */
  articleTags: string[][];
  /** Per article, where each tag is named. */
  mentions: Mention[][];
  discovered: DiscoveredName[];
  aliasSuggestions: AliasSuggestion[];
  merges: SpellingMerge[];
  /** Spellings of one romanization key kept apart for want of corroboration (key-merge.ts). */
  nearMisses: NearMiss[];
  keyMatches: KeyMatch[];
}

/** Phase 3: the known entities one article names, and what the rules found in it. */
const tagKnown = (article: PreparedArticle, index: KnowledgeIndex, outside: Set<string>) => {
  // A name given in a role outside entertainment ("Judge Kim ...") tags no person.
  const isPerson = (id: string) => index.byId.get(id)?.kind === 'person';
  const candidates = knownMentions(article, index).filter(
    (c) => !(outside.has(nameKey(c.written)) && c.values.every(isPerson)),
  );
  const aboutShow = candidates.some((c) =>
    c.values.some((v) => index.byId.get(v)?.kind === 'show'),
  );
  // A known group named in the story says it is about K-pop (an idol's name alone may be a word).
  const kpop = candidates.some(
    (c) => !c.weak && !c.wordy && c.values.every((v) => index.byId.get(v)?.kind === 'group'),
  );
  // The first group the story names, for members listed without their group's name.
  const groupId = candidates
    .flatMap((c) => (c.values.length === 1 && !c.weak ? c.values : []))
    .find((v) => index.byId.get(v)?.kind === 'group');
  const group = groupId ? index.byId.get(groupId)?.name : undefined;
  const showId = candidates
    .flatMap((c) => (c.values.length === 1 && !c.weak ? c.values : []))
    .find((v) => index.byId.get(v)?.kind === 'show');
  const show = showId ? index.byId.get(showId)?.name : undefined;
  const discoveries = discoverIn(article, index, { aboutShow, kpop, group, show, outside });
  // A name a cast line gives a character is the character there, not a person of that name.
  const characterAt = new Set(
    discoveries.fresh
      .filter((d) => d.kind === 'character' && d.rule === 'cast')
      .map((d) => evidenceKey(d.line, d.start, d.end)),
  );
  const resolved = resolveMentions(
    candidates.filter(
      (c) => !(characterAt.has(evidenceKey(c.line, c.start, c.end)) && c.values.every(isPerson)),
    ),
    {
      needsContext: index.needsContext,
      preferred: index.preferred,
      links: (id) => index.contextLinks.get(id) ?? [],
      evidenceAt: (line, start, end) => discoveries.evidence.has(evidenceKey(line, start, end)),
    },
  );
  // An idol's legal name the story does not tie to the idol is someone else's name.
  const taken = new Set(
    resolved.mentions.map(({ mention: m }) => evidenceKey(m.line, m.start, m.end)),
  );
  for (const k of discoveries.known)
    if (
      k.contextual &&
      !taken.has(evidenceKey(k.discovery.line, k.discovery.start, k.discovery.end))
    )
      discoveries.fresh.push(k.discovery);
  return { resolved, discoveries };
};

/**
 * The knowledge, with the other title a story gives a known work ("previously known by the
 * working title ...") as one of its names: every story of the corpus that uses that title
 * then finds the work, not a new one.
 */
const withTitlesStated = (knowledge: Knowledge, stated: TitleAlias[]) => {
  const index = indexKnowledge(knowledge);
  const added = new Map<string, Set<string>>();
  for (const { titles } of stated) {
    const ids = titles.map((t) => index.lookup(t));
    const at = ids.findIndex((i) => i?.length === 1);
    const other = titles[1 - at]!;
    if (at < 0 || ids[1 - at] || index.byId.get(ids[at]![0]!)?.kind === 'person') continue;
    added.set(ids[at]![0]!, (added.get(ids[at]![0]!) ?? new Set()).add(other));
  }
  if (!added.size) return { knowledge, index };
  const more = {
    ...knowledge,
    entities: knowledge.entities.map((e) =>
      added.has(e.id) ? { ...e, aliases: [...(e.aliases ?? []), ...added.get(e.id)!] } : e,
    ),
  };
  return { knowledge: more, index: indexKnowledge(more) };
};

const aliasSuggestionsOf = (found: ArticleDiscoveries[], files: string[], index: KnowledgeIndex) =>
  found.flatMap((a, ai) =>
    a.known.flatMap(({ ids, discovery: d }): AliasSuggestion[] => {
      const other = lookupName(index.names, d.name) ? d.alias : d.name;
      return other && ids.length === 1 && !index.lookup(other)
        ? [{ entityId: ids[0]!, alias: other, file: files[ai]!, line: d.line }]
        : [];
    }),
  );

const withoutDraft = (d: DiscoveredEntity): Entity => {
  const copy: Partial<DiscoveredEntity> = { ...d };
  delete copy.draft;
  return copy as Entity;
};

/**
 * What tagging reuses for a story from the last run (run-memo.ts): phases 2 and 3 depend
 * only on the story and the knowledge it is read with; phase 4 and 5 are corpus-wide.
 */
export interface TagMemo {
  /**
   * Prepared lines: the story and the knowledge's one-word org names (the caller's scope).
   * Made only for a story another phase reads again; not kept between builds (memo-file.ts).
   */
  read: RunMemo<PreparedArticle>;
  /** The titles a story states: the story alone (its lines' text). */
  stated: RunMemo<TitleAlias[]>;
  /** Known names and discoveries: that, and the titles every story states. */
  known: RunMemo<{ outside: Set<string>; found: ReturnType<typeof tagKnown> }>;
  /**
   * Where the discovered names appear in a story, before the corpus-wide steps: the story,
   * the discoveries made in it, and the discovered entities (discoveredScope), in the
   * caller's scope (the prepared lines read the knowledge's one-word org names).
   */
  mentions: RunMemo<StoryMentions>;
}

export const emptyTagMemo = (): TagMemo => ({
  read: emptyMemo(),
  stated: emptyMemo(),
  known: emptyMemo(),
  mentions: emptyMemo(),
});

export interface TagOptions {
  memo: TagMemo;
  /** Names the knowledge `given` was built from: results of another scope are not reused. */
  scope: string;
  /** Each article's articleKey, when the caller made them already (the pipeline's seed memo). */
  keys?: string[];
}

/** What a story's results are kept by: the story as parsed, whole. */
export const articleKey = (article: ParsedArticle) => hashOf(JSON.stringify(article));

export const tagCorpus = (
  articles: ParsedArticle[],
  given: Knowledge,
  options?: TagOptions,
): TaggedCorpus => {
  const keys = options ? (options.keys ?? articles.map(articleKey)) : [];
  // Each story's lines as numbered text: what prepared lines are made of.
  const lines = articles.map(linesOf);
  // Prepared when a phase reads the story again (with no memo, every story), once a run.
  let orgWords: ReadonlySet<string> | undefined;
  const preparing = memoRun(options?.memo.read, options?.scope ?? '');
  const preparedAt: PreparedArticle[] = [];
  const prepared = (ai: number) =>
    (preparedAt[ai] ??= preparing.get(keys[ai]!, () =>
      prepareArticle(articles[ai]!, (orgWords ??= oneWordOrgNames(given)), lines[ai]),
    ));
  const stating = memoRun(options?.memo.stated, '');
  const stated = lines.map((l, ai) => stating.get(keys[ai]!, () => titleAliasesIn(l)));
  stating.done();
  const { knowledge, index } = withTitlesStated(given, stated.flat());
  const files = articles.map((a) => a.file);
  // Scoped by what the index is made of: the titles stated, in order, not which story
  // states them, so a story added or deleted that states none keeps every other's results.
  const finding = memoRun(
    options?.memo.known,
    options ? hashOf(options.scope, JSON.stringify(stated.flat().map((s) => s.titles))) : '',
  );
  const found = articles.map((_, ai) =>
    finding.get(keys[ai]!, () => {
      const a = prepared(ai);
      const outside = outsideNames(
        a,
        (name) => index.known(name)?.kind === 'org',
        (name) => !!index.lookup(name),
      );
      return { outside, found: tagKnown(a, index, outside) };
    }),
  );
  finding.done();
  const outside = found.map((f) => f.outside);
  // Two titles of one new work: the drafts merge by alias (merge-discovered.ts). New objects:
  // what the memo holds stays as tagKnown made it.
  const known = found.map(({ found: k }, ai) => ({
    ...k,
    discoveries: {
      ...k.discoveries,
      fresh: k.discoveries.fresh.map((d) => {
        const pair = stated[ai]!.find((p) => p.titles.some((t) => nameKey(t) === nameKey(d.name)));
        const other = pair?.titles.find((t) => nameKey(t) !== nameKey(d.name));
        return other && !d.alias && d.kind !== 'person' ? { ...d, alias: other } : d;
      }),
    },
  }));
  // The shows and groups each story names: what can corroborate a merge by key.
  const relatives = known.map(
    ({ resolved, discoveries }) =>
      new Set([
        ...[...resolved.found.keys()].filter((id) => {
          const kind = index.byId.get(id)?.kind;
          return kind === 'show' || kind === 'group';
        }),
        ...discoveries.fresh
          .filter((d) => (d.kind === 'show' || d.kind === 'group') && d.rule !== 'korean-name')
          .map((d) => `new:${nameKey(d.name)}`),
      ]),
  );
  const { drafts, nearMisses } = collectDrafts(
    known.map((k) => k.discoveries),
    files,
    relatives,
  );
  const { entities: discoveredEntities, merges } = draftsToEntities(drafts, index);
  const placing = memoRun(
    options?.memo.mentions,
    options ? hashOf(options.scope, discoveredScope(discoveredEntities)) : '',
  );
  const discoveredIn = discoveredMentions(
    discoveredEntities,
    prepared,
    known.map(({ resolved }) => new Set(resolved.found.keys())),
    outside,
    (id) => index.byId.get(id)?.kind,
    (ai, foundHere, make) =>
      options ? placing.get(hashOf(keys[ai]!, JSON.stringify(foundHere)), make) : make(),
  );
  placing.done();

  const entities: TaggedEntity[] = [
    ...knowledge.entities.map((e) => ({ ...e, discovered: false })),
    ...discoveredEntities.map((d) => ({ ...withoutDraft(d), discovered: true })),
  ];
  // Known entities first, then discovered ones (not reviewed by an editor), each by kind.
  const rank = new Map(
    entities.map((e) => [
      e.id,
      TAGGING_ORDER.indexOf(e.kind) + (e.discovered ? TAGGING_ORDER.length : 0),
    ]),
  );
  // The memo keeps the prepared lines it has of every story, made this run or not.
  for (const key of keys) preparing.keep(key);
  preparing.done();
  const lineIndex = lines.map((ls) => new Map(ls.map((l, i) => [l.line, i])));
  const groups = new Map(entities.map((e) => [e.id, (e.memberOf as string[] | undefined) ?? []]));
  const order = {
    groupsOf: (id: string) => groups.get(id) ?? [],
    rank: (id: string) => rank.get(id)!,
  };
  const mentions: Mention[][] = [];
  const discoveredMember = new Set(
    discoveredEntities
      .filter((e) => e.kind === 'person' && (e.memberOf as string[] | undefined)?.length)
      .map((e) => e.id),
  );
  const articleTags = known.map(({ resolved }, ai) => {
    const found = discoveredIn[ai]!;
    const ids = new Set([...resolved.found.keys(), ...found.map((m) => m.id)]);
    // A known idol whose stage name a new group's member shares, where the story names the
    // new member and not the idol's group, is the new member.
    const textOf = new Map(lines[ai]!.map((l) => [l.line, l.text]));
    // The same words, or the Hangul in brackets right after them: "Jiyu (지유)".
    const sameName = (d: Mention, m: Mention) =>
      d.line === m.line &&
      ((d.start < m.end && d.end > m.start) ||
        (d.end <= m.start && /^\s*\($/.test(textOf.get(m.line)?.slice(d.end, m.start) ?? '')));
    const sharedByNewMember = (m: Mention) =>
      (groups.get(m.id) ?? []).every((g) => !ids.has(g)) &&
      found.some((d) => discoveredMember.has(d.id) && sameName(d, m));
    const list: Mention[] = resolved.mentions
      .map(({ id, mention: m, how }) => ({
        id,
        line: m.line,
        start: m.start,
        end: m.end,
        evidence: `knowledge${m.byKey ? ', by romanization key' : ''}${how ? `, ${how}` : ''}`,
      }))
      .filter((m) => !sharedByNewMember(m));
    list.push(...found);
    mentions.push(list);
    const titleLine = articles[ai]!.line;
    const placed = list.map((m) => ({
      id: m.id,
      position: positionOf(lineIndex[ai]!.get(m.line) ?? 0, m.start),
      inHeadline: m.line === titleLine,
    }));
    return orderTags(placed, order);
  });

  const discovered = discoveredEntities
    .map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      aliases: e.aliases ?? [],
      memberOf: (e.memberOf as string[] | undefined) ?? [],
      occurrences: e.draft.occurrences,
    }))
    .sort((a, b) => compareText(a.kind, b.kind) || compareText(a.name, b.name));
  const keyMatches = known.flatMap(({ resolved }, ai) =>
    resolved.mentions
      .filter(({ mention }) => mention.byKey)
      .map(({ id, mention }) => ({
        entityId: id,
        written: mention.written,
        file: files[ai]!,
        line: mention.line,
      })),
  );
  return {
    entities,
    articleTags,
    mentions,
    discovered,
    aliasSuggestions: aliasSuggestionsOf(
      known.map((k) => k.discoveries),
      files,
      index,
    ),
    merges,
    nearMisses,
    keyMatches,
  };
};
