// The order of a story's tags, which makes its main tags (the chips under it in every list,
// its share card, og description and JSON-LD `about`): what its headline names, in headline
// order, then the rest by how often the story names them. A member named in the headline
// brings their group (when the story carries it) right after them. Before this, tags went
// by kind: a casting story headlined with two actors showed four older dramas they once
// starred in as its chips.

export interface PlacedMention {
  id: string;
  /** Order of the mention in the story (line, then character). */
  position: number;
  /** Whether the mention stands in the headline. */
  inHeadline: boolean;
}

export interface OrderContext {
  /** The groups an entity is a member of. */
  groupsOf: (id: string) => readonly string[];
  /** Ties after count and position: a stable rank (known before discovered, by kind). */
  rank: (id: string) => number;
}

export const orderTags = (mentions: readonly PlacedMention[], context: OrderContext): string[] => {
  const first = new Map<string, number>();
  const count = new Map<string, number>();
  const headline = new Map<string, number>();
  for (const m of mentions) {
    if (!first.has(m.id) || first.get(m.id)! > m.position) first.set(m.id, m.position);
    count.set(m.id, (count.get(m.id) ?? 0) + 1);
    if (m.inHeadline && (!headline.has(m.id) || headline.get(m.id)! > m.position))
      headline.set(m.id, m.position);
  }
  const ordered: string[] = [];
  const add = (id: string) => {
    if (!ordered.includes(id)) ordered.push(id);
  };
  for (const [id] of [...headline].sort((a, b) => a[1] - b[1])) {
    add(id);
    for (const group of context.groupsOf(id)) if (first.has(group)) add(group);
  }
  const rest = [...first.keys()].sort(
    (a, b) =>
      count.get(b)! - count.get(a)! ||
      first.get(a)! - first.get(b)! ||
      context.rank(a) - context.rank(b),
  );
  rest.forEach(add);
  return ordered;
};
