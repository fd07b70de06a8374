/**
 * Intersection of ascending number lists (tag ordinals), smallest list first so the
 * work is bounded by the rarest tag. The result is ascending: corpus order.
 */
export function intersectSorted(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  const [smallest, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  const sets = rest.map((list) => new Set(list));
  return (smallest ?? []).filter((n) => sets.every((set) => set.has(n)));
}

/** Union of ascending number lists (tag ordinals, "any of" filters), ascending: corpus order. */
export function unionSorted(lists: readonly (readonly number[])[]): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}
