// Pairs to events. Plain union-find chains: A's rewrite B, B's follow-up C, C's sequel D...
// until a week of one idol's news is one event. Here a pair joins two groups only if every
// report of one is compatible with every report of the other (complete linkage on a lower
// bar): strongest joins first, and a join that would bring in a report unlike the rest is
// left out. Stories the editor joined count as one unit: a report is like the unit when it
// is like any of them (else a third report could never join two events an editor merged).

export interface Edge {
  i: number;
  j: number;
  score: number;
  /** Lower goes first: near-copies (the surest) before rewrites. */
  priority: number;
  rule: string;
}

export interface Linkage {
  /** Whether two stories are alike enough to share an event. */
  compatible: (i: number, j: number) => boolean;
  /** Whether the editor keeps two stories apart. */
  apart: (i: number, j: number) => boolean;
}

export interface Tree {
  /** Each story's group: the smallest index in it. */
  groupOf: Int32Array;
  /** The edges that joined the groups: a spanning tree of each group. */
  used: Edge[];
}

export const byStrength = (a: Edge, b: Edge) =>
  a.priority - b.priority || b.score - a.score || a.i - b.i || a.j - b.j;

/**
 * Groups `n` stories. `initial` groups stand joined before any edge (the editor's joins);
 * their edges are kept as given.
 */
export const link = (
  n: number,
  edges: readonly Edge[],
  { compatible, apart }: Linkage,
  initial: readonly Edge[] = [],
): Tree => {
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const group = Int32Array.from({ length: n }, (_, i) => i);
  // Units: the editor's joins (found by walking them), one story each otherwise.
  const unit = Int32Array.from({ length: n }, (_, i) => i);
  const unitOf = (i: number): number => (unit[i] === i ? i : (unit[i] = unitOf(unit[i]!)));
  for (const { i, j } of initial) unit[unitOf(j)] = unitOf(i);
  const unitsOf = (list: readonly number[]) => {
    const units = new Map<number, number[]>();
    for (const m of list) {
      const u = units.get(unitOf(m));
      if (u) u.push(m);
      else units.set(unitOf(m), [m]);
    }
    return [...units.values()];
  };
  const alike = (a: readonly number[], b: readonly number[]) =>
    unitsOf(a).every((u) =>
      unitsOf(b).every(
        (v) =>
          !u.some((x) => v.some((y) => apart(x, y))) &&
          u.some((x) => v.some((y) => compatible(x, y))),
      ),
    );
  const used: Edge[] = [];
  const merge = (edge: Edge) => {
    let a = group[edge.i]!;
    let b = group[edge.j]!;
    if (members[a]!.length < members[b]!.length) [a, b] = [b, a];
    for (const m of members[b]!) {
      group[m] = a;
      members[a]!.push(m);
    }
    members[b] = [];
    used.push(edge);
  };
  for (const edge of initial) if (group[edge.i] !== group[edge.j]) merge(edge);
  for (const edge of [...edges].sort(byStrength)) {
    const a = members[group[edge.i]!]!;
    const b = members[group[edge.j]!]!;
    if (a === b) continue;
    if (alike(a, b)) merge(edge);
  }
  const groupOf = new Int32Array(n);
  for (const list of members) {
    if (!list.length) continue;
    const least = Math.min(...list);
    for (const m of list) groupOf[m] = least;
  }
  return { groupOf, used };
};
