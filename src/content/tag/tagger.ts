// Tags every article of the corpus with entities, in named phases:
//   1. index the knowledge once (knowledge-index.ts)
//   2. prepare each article: numbered, tokenized lines with Korean name shapes (prepare.ts)
//   3. per article, find the knowledge's names and run the discovery rules, then decide
//      which entities the names stand for (mentions.ts, discover.ts, resolve.ts)
//   4. merge the names the knowledge lacks across the corpus (merge-discovered.ts)
//   5. tag each article with both: the headline's names first (main-tag-order.ts)
import { compareText } from '../compare.ts';
import { TAGGING_ORDER } from './tagging-order.ts';
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
import { isEnglishWord } from './english-words.ts';
import { parseKoreanName } from './korean-names.ts';
import { createNameIndex, findNames, lookupName, nameKey } from './names.ts';
import { positionOf, prepareArticle, type PreparedArticle } from './prepare.ts';
import { resolveMentions } from './resolve.ts';
import { isGlued } from './glued.ts';
import { looksLikeTitle, quotedStrings, STOP } from './rules/phrases.ts';
import { startsSentence } from './korean-name-spans.ts';
import { outsideNames } from './outside-names.ts';
import { orderTags } from './main-tag-order.ts';

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

/** Where an entity is named in an article: seed line and characters. */
export interface Mention {
  id: string;
  line: number;
  start: number;
  end: number;
  /** What made the tag here: the knowledge (as written, by key, by a relative) or a rule. */
  evidence: string;
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
  const discoveries = discoverIn(article, index, { aboutShow, kpop, group, outside });
  const resolved = resolveMentions(candidates, {
    needsContext: index.needsContext,
    preferred: index.preferred,
    links: (id) => index.contextLinks.get(id) ?? [],
    evidenceAt: (line, start, end) => discoveries.evidence.has(evidenceKey(line, start, end)),
  });
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

const aliasSuggestionsOf = (found: ArticleDiscoveries[], files: string[], index: KnowledgeIndex) =>
  found.flatMap((a, ai) =>
    a.known.flatMap(({ ids, discovery: d }): AliasSuggestion[] => {
      const other = lookupName(index.names, d.name) ? d.alias : d.name;
      return other && ids.length === 1 && !index.lookup(other)
        ? [{ entityId: ids[0]!, alias: other, file: files[ai]!, line: d.line }]
        : [];
    }),
  );

/**
 * A discovered spelling specific enough to tag stories it was not found in: a Korean name,
 * Hangul, or several words not all of them ordinary ones; for a group, also one stylized or
 * unusual word (CORTIS, LOOP/7, Hearts2Hearts). "Tottenham" or "Second Wind" tag only the
 * stories where a rule found them.
 */
const spreads = (name: string, kind: string) => {
  if (/[\uac00-\ud7a3]{2}/.test(name) || parseKoreanName(name)) return true;
  // A group's stylized name (LOOP/7, Hearts2Hearts, &TEAM) is no ordinary word.
  if (kind === 'group' && /[\p{L}][^\p{L}\s]|[^\p{L}\s][\p{L}]/u.test(name)) return true;
  const words = nameKey(name).split(' ');
  if (words.length > 1) return !words.every((w) => isEnglishWord(w) || /^\d+$/.test(w));
  return kind === 'group' && (/[^\p{L}]/u.test(name) || name.length > 2) && !isEnglishWord(name);
};

/** A member's stage name in Hangul (지유): another idol's too, so it needs the group like any. */
const contextualMemberName = (e: Entity, name: string) =>
  e.kind === 'person' &&
  !!(e.memberOf as string[] | undefined)?.length &&
  /^[\uac00-\ud7a3]{1,3}$/.test(name);

/** A match that a quoted title or a capitalised word right beside it makes part of a longer name. */
const insideLongerName = (text: string, start: number, end: number) => {
  // A title stands right inside its quotes: '," Riku said. "' between two quotations is none.
  const titles = quotedStrings(text).filter(
    (q) => looksLikeTitle(q.title) && /["“‘']/.test(text[q.start - 1] ?? ''),
  );
  if (titles.some((q) => q.start <= start && q.end >= end && q.end - q.start > end - start))
    return true;
  const next = /^ (\p{Lu}[\p{L}\p{N}]*)/u.exec(text.slice(end))?.[1];
  const previous = /(\p{Lu}[\p{L}\p{N}]*) $/u.exec(text.slice(0, start))?.[1];
  const joins = (w: string | undefined) => !!w && !STOP.has(w) && !/^(And|With|Of)$/.test(w);
  return (
    joins(next) || (joins(previous) && !startsSentence(text, start - (previous?.length ?? 0) - 1))
  );
};

/**
 * A member's one-word stage name tags a story it was not found in only beside the group, or
 * beside two of the group's members: "Kit" alone is a word, "Kit, Noah and Echo" the group.
 */
/** The members' names that need their group, indexed once for the corpus. */
const memberIndex = (entities: DiscoveredEntity[]) => {
  const members = entities.filter(
    (e) => e.kind === 'person' && (e.memberOf as string[] | undefined)?.length,
  );
  const names = members.flatMap((e) =>
    [e.name, ...(e.aliases ?? [])]
      .filter((n) => !spreads(n, e.kind) || contextualMemberName(e, n))
      .map((n) => [n, e.id] as [string, string]),
  );
  return {
    index: createNameIndex(names),
    groupsOf: new Map(members.map((e) => [e.id, e.memberOf as string[]])),
  };
};

const membersNamed = (
  { index, groupsOf }: ReturnType<typeof memberIndex>,
  article: PreparedArticle,
  tagged: Set<string>,
): Mention[] => {
  if (!groupsOf.size) return [];
  const found: Mention[] = [];
  for (const l of article.lines)
    for (const m of findNames(index, l.tokens)) {
      if (isGlued(l.text, m.start, m.end)) continue;
      // Inside a longer name: a title ("Ember Road" is not Ember), a capitalised run.
      if (insideLongerName(l.text, m.start, m.end)) continue;
      // Inside a longer personal name ("Park Yujun" is not Yujun).
      if (
        l.names.some(
          (n) => n.start <= m.start && n.end >= m.end && n.end - n.start > m.end - m.start,
        )
      )
        continue;
      for (const id of m.values)
        found.push({
          id,
          line: l.line,
          start: m.start,
          end: m.end,
          evidence: 'member, beside the group or fellow members',
        });
    }
  const fellows = new Map<string, Set<string>>();
  for (const f of found)
    for (const g of groupsOf.get(f.id) ?? [])
      fellows.set(g, (fellows.get(g) ?? new Set()).add(f.id));
  return found.filter((f) =>
    (groupsOf.get(f.id) ?? []).some((g) => tagged.has(g) || (fellows.get(g)?.size ?? 0) >= 3),
  );
};

/** Phase 5: where the discovered names appear, beyond the stories they were found in. */
const discoveredMentions = (
  entities: DiscoveredEntity[],
  prepared: PreparedArticle[],
  knownIds: Set<string>[],
  outside: Set<string>[],
) => {
  const kinds = new Map(entities.map((e) => [e.id, e.kind]));
  const names = entities.flatMap((e) =>
    [e.name, ...(e.aliases ?? [])].map((n) => [n, e.id, e.kind] as const),
  );
  const byId = new Map(entities.map((e) => [e.id, e]));
  const everywhere = createNameIndex(
    names
      .filter(([n, id, kind]) => spreads(n, kind) && !contextualMemberName(byId.get(id)!, n))
      .map(([n, id]) => [n, id] as [string, string]),
  );
  const local = createNameIndex(
    names.filter(([n, , kind]) => !spreads(n, kind)).map(([n, id]) => [n, id] as [string, string]),
  );
  const byKey = new Map(entities.map((e) => [e.draft.key, e.id]));
  const members = memberIndex(entities);
  const rulesOf = new Map(
    entities.map((e) => [e.id, [...new Set(e.draft.occurrences.map((o) => o.rule))].join('+')]),
  );
  const elsewhere = (id: string) => `discovered (${rulesOf.get(id)})`;
  const titles = new Map(
    entities
      .filter((e) => e.kind === 'show' || e.kind === 'song' || e.kind === 'album')
      .flatMap((e) => [e.name, ...(e.aliases ?? [])].map((n) => [nameKey(n), e.id] as const)),
  );
  // Per article, the discoveries made in it, so this is not articles x names.
  const foundIn = prepared.map(() => [] as Mention[]);
  for (const e of entities)
    for (const [ai, ds] of e.draft.articles)
      for (const d of ds)
        foundIn[ai]!.push({
          id: e.id,
          line: d.line,
          start: d.start,
          end: d.end,
          evidence: `found by ${d.rule}`,
        });
  return prepared.map((article, ai) => {
    const mentions = new Map<string, Mention>();
    // The first evidence for a place stays: a rule that found the name there says most.
    const add = (m: Mention) => {
      const key = `${m.id}:${m.line}:${m.start}`;
      if (!mentions.has(key)) mentions.set(key, m);
    };
    foundIn[ai]!.forEach(add);
    const ids = new Set(foundIn[ai]!.map((m) => m.id));
    for (const l of article.lines) {
      for (const m of findNames(everywhere, l.tokens)) {
        if (isGlued(l.text, m.start, m.end)) continue;
        for (const id of m.values)
          add({ id, line: l.line, start: m.start, end: m.end, evidence: elsewhere(id) });
      }
      for (const m of findNames(local, l.tokens))
        for (const id of m.values)
          if (ids.has(id))
            add({ id, line: l.line, start: m.start, end: m.end, evidence: 'found in this story' });
      for (const span of l.names) {
        const id = span.sure ? byKey.get(`k:${span.key}`) : undefined;
        if (id)
          add({
            id,
            line: l.line,
            start: span.start,
            end: span.end,
            evidence: `${elsewhere(id)}, by romanization key`,
          });
      }
    }
    // A quoted title that a rule found as a title in another story is that title here too.
    for (const l of article.lines)
      for (const q of quotedStrings(l.text)) {
        const id = looksLikeTitle(q.title) ? titles.get(nameKey(q.title)) : undefined;
        if (id)
          add({
            id,
            line: l.line,
            start: q.start,
            end: q.end,
            evidence: `quoted; ${elsewhere(id)}`,
          });
      }
    const tagged = new Set([...knownIds[ai]!, ...[...mentions.values()].map((m) => m.id)]);
    membersNamed(members, article, tagged).forEach(add);
    const lines = new Map(article.lines.map((l) => [l.line, l.text]));
    return [...mentions.values()].filter(
      (m) =>
        kinds.get(m.id) !== 'person' ||
        !outside[ai]!.has(nameKey(lines.get(m.line)?.slice(m.start, m.end) ?? '')),
    );
  });
};

const withoutDraft = (d: DiscoveredEntity): Entity => {
  const copy: Partial<DiscoveredEntity> = { ...d };
  delete copy.draft;
  return copy as Entity;
};

export const tagCorpus = (articles: ParsedArticle[], knowledge: Knowledge): TaggedCorpus => {
  const index = indexKnowledge(knowledge);
  const prepared = articles.map(prepareArticle);
  const files = articles.map((a) => a.file);
  const outside = prepared.map((a) => outsideNames(a, (name) => index.known(name)?.kind === 'org'));
  const known = prepared.map((a, ai) => tagKnown(a, index, outside[ai]!));
  const { entities: discoveredEntities, merges } = draftsToEntities(
    collectDrafts(
      known.map((k) => k.discoveries),
      files,
    ),
    index,
  );
  const discoveredIn = discoveredMentions(
    discoveredEntities,
    prepared,
    known.map(({ resolved }) => new Set(resolved.found.keys())),
    outside,
  );

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
  const lineIndex = prepared.map((a) => new Map(a.lines.map((l, i) => [l.line, i])));
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
    const textOf = new Map(prepared[ai]!.lines.map((l) => [l.line, l.text]));
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
    keyMatches,
  };
};
