// Two spellings of one romanization key are one person only with corroboration: one story
// gives both, or they share a group, an actor, another name (the same Hangul), or a show or
// group their stories name. A
// survival-show trainee "Yoon Do-hyeon" and an actor "Yoon Do-hyun" with nothing else in
// common stay two tags, and content:check lists the pair as a near miss for an editor.
import type { Draft } from './merge-discovered.ts';
import type { Discovery } from './rules/rule.ts';

export interface NearMiss {
  /** The spellings kept apart, one of each side. */
  names: [string, string];
  files: string[];
}

/** The spelling without case, hyphens and spaces: "Yoon Do Hyun" is "Yoon Do-hyun". */
export const folded = (name: string) => name.toLowerCase().replace(/[\s-]/g, '');

const union = <T>(sets: Iterable<ReadonlySet<T>>) => {
  const all = new Set<T>();
  for (const s of sets) for (const v of s) all.add(v);
  return all;
};
const meet = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => [...a].some((v) => b.has(v));

interface Side {
  spelling: string;
  discoveries: { ai: number; d: Discovery }[];
  articles: Set<number>;
  memberOf: Set<string>;
  playedBy: Set<string>;
  aliases: Set<string>;
  relatives: Set<string>;
}

/**
 * Splits each draft merged by romanization key into the spellings the corpus does not
 * corroborate as one name. Changes `drafts` in place; returns the pairs kept apart.
 */
export const splitUncorroborated = (
  drafts: Map<string, Draft>,
  relatives: ReadonlySet<string>[],
  /** Puts a discovery of article `ai` into the draft under `key` (merge-discovered.ts). */
  add: (key: string, d: Discovery, ai: number) => void,
  files: string[],
): NearMiss[] => {
  const nearMisses: NearMiss[] = [];
  for (const draft of [...drafts.values()]) {
    if (!draft.key.startsWith('k:')) continue;
    const sides = new Map<string, Side>();
    for (const [ai, ds] of draft.articles)
      for (const d of ds) {
        const key = folded(d.name);
        const side = sides.get(key) ?? {
          spelling: d.name,
          discoveries: [],
          articles: new Set<number>(),
          memberOf: new Set<string>(),
          playedBy: new Set<string>(),
          aliases: new Set<string>(),
          relatives: new Set<string>(),
        };
        side.discoveries.push({ ai, d });
        side.articles.add(ai);
        if (d.memberOf) side.memberOf.add(d.memberOf);
        if (d.playedBy) side.playedBy.add(folded(d.playedBy));
        if (d.alias) side.aliases.add(folded(d.alias));
        sides.set(key, side);
      }
    if (sides.size < 2) continue;
    const list = [...sides.values()];
    for (const side of list)
      side.relatives = union([...side.articles].map((ai) => relatives[ai] ?? new Set<string>()));
    const corroborated = (a: Side, b: Side) =>
      meet(a.articles, b.articles) ||
      meet(a.memberOf, b.memberOf) ||
      meet(a.playedBy, b.playedBy) ||
      meet(a.aliases, b.aliases) ||
      meet(a.relatives, b.relatives);
    // Sides joined by any chain of corroborations are one person (union-find).
    const parent = list.map((_, i) => i);
    const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++)
        if (corroborated(list[i]!, list[j]!)) parent[root(j)] = root(i);
    const groups = new Map<number, Side[]>();
    list.forEach((side, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), side]));
    if (groups.size < 2) continue;
    drafts.delete(draft.key);
    const parts = [...groups.values()];
    for (const part of parts)
      for (const side of part)
        for (const { ai, d } of side.discoveries)
          add(`${draft.key}|${folded(part[0]!.spelling)}`, d, ai);
    for (let i = 0; i + 1 < parts.length; i++)
      nearMisses.push({
        names: [parts[i]![0]!.spelling, parts[i + 1]![0]!.spelling],
        files: [...new Set([...parts[i]!, ...parts[i + 1]!].flatMap((s) => [...s.articles]))].map(
          (ai) => files[ai]!,
        ),
      });
  }
  return nearMisses;
};
