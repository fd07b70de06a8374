import type { TagCount } from '../../../content/model';
import { compareNames } from '../../../lib/compare-names';

/** How many chips of each kind the home filter offers: enough to be useful on a phone. */
export const FILTER_LIMITS = { person: 8, show: 6 } as const;

const byUse = (a: TagCount, b: TagCount) => b.count - a.count || compareNames(a.name, b.name);

/**
 * The filter chips: the most used people and shows, plus any tag already chosen (a link
 * can carry a group or a song) so every active filter can be removed where it shows.
 */
export function pickFilterTags(tags: readonly TagCount[], selected: readonly string[]): TagCount[] {
  const top = (kind: keyof typeof FILTER_LIMITS) =>
    tags
      .filter((tag) => tag.kind === kind)
      .sort(byUse)
      .slice(0, FILTER_LIMITS[kind]);
  const picked = [...top('person'), ...top('show')];
  const extra = tags.filter((tag) => selected.includes(tag.id) && !picked.includes(tag));
  return [...picked, ...extra];
}
