// The editor's corrections (seeds/events.json, read in overrides-file.ts): stories to join
// into one event, and stories to keep apart. Joins stand before any rule runs; splits are
// pairs no rule may put in one event.
import type { Edge } from './linkage.ts';
import type { PreparedStory } from './prepare.ts';

export interface EventOverrides {
  /** Each list is one event: the events of its stories become one. */
  join: readonly (readonly string[])[];
  /**
   * Each list is stories that are different events: no two of them share one. A list of
   * one story keeps it an event of its own (unless a join names it).
   */
  split: readonly (readonly string[])[];
}

export const NO_OVERRIDES: EventOverrides = { join: [], split: [] };

export const overrideLinks = (overrides: EventOverrides, stories: readonly PreparedStory[]) => {
  const index = new Map(stories.map((s) => [s.slug, s.index]));
  const at = (slugs: readonly string[]) =>
    slugs.map((s) => index.get(s)).filter((i): i is number => i !== undefined);
  const initial: Edge[] = overrides.join.flatMap((slugs) => {
    const [first, ...rest] = at(slugs);
    return rest.map((j) => ({ i: first!, j, score: 1, priority: -1, rule: 'override' }));
  });
  const alone = new Set<number>();
  const pairs = new Set<string>();
  for (const slugs of overrides.split) {
    const list = at(slugs);
    if (list.length === 1) alone.add(list[0]!);
    for (const x of list) for (const y of list) if (x !== y) pairs.add(`${x} ${y}`);
  }
  const apart = (i: number, j: number) => alone.has(i) || alone.has(j) || pairs.has(`${i} ${j}`);
  return { initial, apart };
};
