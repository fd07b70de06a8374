// Phase 5 of tagging: where the names the knowledge lacks appear, beyond the stories a rule
// found them in. Decided over the whole site (docs/decisions/0016-tags-across-the-site.md):
// specific names (a group's stylized name, a Korean full name, Hangul) tag every story; a
// member's one-word stage name needs the group or fellow members beside it; a quoted title
// found as a title elsewhere is that title; names given in a role outside entertainment are
// no person tags.
import type { Entity } from '../validate/schema.ts';
import { isEnglishWord } from './english-words.ts';
import { isGlued } from './glued.ts';
import { startsSentence } from './korean-name-spans.ts';
import { parseKoreanName } from '../names/korean-names.ts';
import { stageNameKey } from './stage-name-key.ts';
import type { DiscoveredEntity } from './merge-discovered.ts';
import { createNameIndex, findNames, nameKey } from '../names/names.ts';
import type { PreparedArticle } from './prepare.ts';
import { looksLikeTitle, quotedStrings } from './rules/phrases.ts';
import { STOP } from './lexicon/stop-words.ts';

/** Where an entity is named in an article: seed line and characters. */
export interface Mention {
  id: string;
  line: number;
  start: number;
  end: number;
  /** What made the tag here: the knowledge (as written, by key, by a relative) or a rule. */
  evidence: string;
}

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
  // Other romanizations of a Korean stage name ("Juhun" for Juhoon): by key, and like any
  // bare stage name only beside the group (the corroboration a key match needs).
  const byKey = new Map<string, string[]>();
  for (const [name, id] of names) {
    const key = stageNameKey(name);
    if (key) byKey.set(key, [...new Set([...(byKey.get(key) ?? []), id])]);
  }
  return {
    index: createNameIndex(names),
    byKey,
    groupsOf: new Map(members.map((e) => [e.id, e.memberOf as string[]])),
  };
};

/**
 * A member's one-word stage name where the story names it: candidates for membersNamed, which
 * keeps those beside the group, two of the group's members, or a show they were named with.
 */
const memberCandidates = (
  { index, byKey, groupsOf }: ReturnType<typeof memberIndex>,
  article: PreparedArticle,
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
          evidence: 'member, beside the group, fellow members or a show named with them',
        });
    }
  for (const l of article.lines)
    for (const t of l.tokens) {
      const ids = byKey.size ? byKey.get(stageNameKey(t.raw) ?? '') : undefined;
      if (!ids || found.some((f) => f.line === l.line && f.start === t.start)) continue;
      if (isGlued(l.text, t.start, t.end) || insideLongerName(l.text, t.start, t.end)) continue;
      for (const id of ids)
        found.push({
          id,
          line: l.line,
          start: t.start,
          end: t.end,
          evidence: 'member, by romanization key, beside the group or fellow members',
        });
    }
  return found;
};

/**
 * A member's one-word stage name tags a story it was not found in only beside the group, two
 * of the group's members, or a show they were named with: "Kit" alone is a word, "Kit, Noah
 * and Echo" the group.
 */
const membersNamed = (
  groupsOf: Map<string, string[]>,
  found: Mention[],
  tagged: Set<string>,
  /** Shows each member was named beside, in a story that tied them to their group. */
  shows: Map<string, Set<string>> = new Map(),
): Mention[] => {
  const fellows = new Map<string, Set<string>>();
  for (const f of found)
    for (const g of groupsOf.get(f.id) ?? [])
      fellows.set(g, (fellows.get(g) ?? new Set()).add(f.id));
  return found.filter(
    (f) =>
      (groupsOf.get(f.id) ?? []).some((g) => tagged.has(g) || (fellows.get(g)?.size ?? 0) >= 3) ||
      [...(shows.get(f.id) ?? [])].some((show) => tagged.has(show)),
  );
};

const rulesOf = (e: DiscoveredEntity) =>
  [...new Set(e.draft.occurrences.map((o) => o.rule))].join('+');

/**
 * What one story's own mentions (StoryMentions) read of the discovered entities, in their
 * order: ids, kinds, names, aliases, groups, merge keys and the rules that found each. Not
 * where each was found: that is the story's part (`found` of discoveredMentions' `reuse`).
 */
export const discoveredScope = (entities: DiscoveredEntity[]) =>
  JSON.stringify(
    entities.map((e) => [
      e.id,
      e.kind,
      e.name,
      e.aliases ?? [],
      (e.memberOf as string[] | undefined) ?? [],
      e.draft.key,
      rulesOf(e),
    ]),
  );

/**
 * The discovered names one story names, before the corpus-wide steps (a member's show, the
 * group beside a member): a function of the story's prepared lines, the discoveries made in
 * it (`found`) and the discovered entities as discoveredScope reads them.
 */
export interface StoryMentions {
  /** Each place's first evidence: the rules' discoveries here first. */
  base: Mention[];
  /** Members' stage names here, before membersNamed's test. */
  members: Mention[];
  /** The name key of the words each person of `base`, then `members`, covers ('' if no person). */
  written: string[];
}

/** Phase 5: where the discovered names appear, beyond the stories they were found in. */
export const discoveredMentions = (
  entities: DiscoveredEntity[],
  prepared: (ai: number) => PreparedArticle,
  knownIds: Set<string>[],
  outside: Set<string>[],
  /** The kind of a knowledge entity, for the shows a member is named beside. */
  kindOf: (id: string) => string | undefined = () => undefined,
  /**
   * A story's own mentions from the last run, if it and its `found` are the same and the
   * entities' discoveredScope too (the caller keys and scopes them); else `make()`.
   */
  reuse: (ai: number, found: Mention[], make: () => StoryMentions) => StoryMentions = (
    _,
    __,
    make,
  ) => make(),
) => {
  const kinds = new Map(entities.map((e) => [e.id, e.kind]));
  const groupsOf = new Map(
    entities.flatMap((e) =>
      e.kind === 'person' && (e.memberOf as string[] | undefined)?.length
        ? [[e.id, e.memberOf as string[]] as const]
        : [],
    ),
  );
  // Per article, the discoveries made in it, so this is not articles x names.
  const foundIn = knownIds.map(() => [] as Mention[]);
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
  // The indexes, made only when a story is read again (none when every one is reused).
  let indexes: ReturnType<typeof indexesOf> | undefined;
  const own = knownIds.map((_, ai) =>
    reuse(ai, foundIn[ai]!, () =>
      storyMentions((indexes ??= indexesOf(entities)), prepared(ai), foundIn[ai]!),
    ),
  );
  const mentionMap = (ms: Mention[]) => new Map(ms.map((m) => [`${m.id}:${m.line}:${m.start}`, m]));
  const base = own.map((o) => mentionMap(o.base));
  const taggedIn = (ai: number, mentions: Map<string, Mention>) =>
    new Set([...knownIds[ai]!, ...[...mentions.values()].map((m) => m.id)]);
  // A member tied to their group in one story and named there beside a show (a variety
  // line-up, a drama's OST) may be named by stage name alone where that show is named.
  const shows = new Map<string, Set<string>>();
  const isShow = (id: string) => (kinds.get(id) ?? kindOf(id)) === 'show';
  base.forEach((mentions, ai) => {
    const tagged = taggedIn(ai, mentions);
    const showsHere = [...tagged].filter(isShow);
    if (!showsHere.length) return;
    const named = membersNamed(groupsOf, own[ai]!.members, tagged).map((m) => m.id);
    const found = [...mentions.values()].filter((m) => groupsOf.has(m.id)).map((m) => m.id);
    for (const member of [...named, ...found])
      for (const show of showsHere) shows.set(member, (shows.get(member) ?? new Set()).add(show));
  });
  return base.map((mentions, ai) => {
    const { base: ownBase, members, written } = own[ai]!;
    const nameOf = new Map<Mention, string>();
    ownBase.forEach((m, i) => nameOf.set(m, written[i]!));
    members.forEach((m, i) => nameOf.set(m, written[ownBase.length + i]!));
    for (const m of membersNamed(groupsOf, members, taggedIn(ai, mentions), shows)) {
      const key = `${m.id}:${m.line}:${m.start}`;
      if (!mentions.has(key)) mentions.set(key, m);
    }
    return [...mentions.values()].filter(
      (m) => kinds.get(m.id) !== 'person' || !outside[ai]!.has(nameOf.get(m)!),
    );
  });
};

/** What finding the discovered names in a story needs, made once a run from the entities. */
const indexesOf = (entities: DiscoveredEntity[]) => {
  const names = entities.flatMap((e) =>
    [e.name, ...(e.aliases ?? [])].map((n) => [n, e.id, e.kind] as const),
  );
  const byId = new Map(entities.map((e) => [e.id, e]));
  const rules = new Map(entities.map((e) => [e.id, rulesOf(e)]));
  return {
    isPerson: (id: string) => byId.get(id)?.kind === 'person',
    everywhere: createNameIndex(
      names
        .filter(([n, id, kind]) => spreads(n, kind) && !contextualMemberName(byId.get(id)!, n))
        .map(([n, id]) => [n, id] as [string, string]),
    ),
    local: createNameIndex(
      names
        .filter(([n, , kind]) => !spreads(n, kind))
        .map(([n, id]) => [n, id] as [string, string]),
    ),
    byKey: new Map(entities.map((e) => [e.draft.key, e.id])),
    members: memberIndex(entities),
    elsewhere: (id: string) => `discovered (${rules.get(id)})`,
    titles: new Map(
      entities
        .filter((e) => e.kind === 'show' || e.kind === 'song' || e.kind === 'album')
        .flatMap((e) => [e.name, ...(e.aliases ?? [])].map((n) => [nameKey(n), e.id] as const)),
    ),
  };
};

/** One story's own mentions (StoryMentions). */
const storyMentions = (
  { isPerson, everywhere, local, byKey, members, elsewhere, titles }: ReturnType<typeof indexesOf>,
  article: PreparedArticle,
  foundHere: Mention[],
): StoryMentions => {
  const mentions = new Map<string, Mention>();
  // The first evidence for a place stays: a rule that found the name there says most.
  const add = (m: Mention) => {
    const key = `${m.id}:${m.line}:${m.start}`;
    if (!mentions.has(key)) mentions.set(key, m);
  };
  foundHere.forEach(add);
  const ids = new Set(foundHere.map((m) => m.id));
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
  const base = [...mentions.values()];
  const named = memberCandidates(members, article);
  const lines = new Map(article.lines.map((l) => [l.line, l.text]));
  const written = [...base, ...named].map((m) =>
    isPerson(m.id) ? nameKey(lines.get(m.line)?.slice(m.start, m.end) ?? '') : '',
  );
  return { base, members: named, written };
};
