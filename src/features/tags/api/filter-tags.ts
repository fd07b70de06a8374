import type { TagCount, TagFacets } from '../../../contract/model';
import { compareNames } from '../../../lib/compare-names';

/** How many chips of each kind the filter offers: enough to be useful on a phone. */
export const FILTER_LIMITS: Partial<Record<TagCount['kind'], number>> = {
  person: 8,
  group: 6,
  show: 6,
};

const byUse = (a: TagCount, b: TagCount) => b.count - a.count || compareNames(a.name, b.name);

/**
 * The selected tag with the fewest stories: its facets file is the smallest one that
 * holds every story the filter shows.
 */
export const rarestTag = (tags: readonly TagCount[], selected: readonly string[]): string =>
  selected
    .map((id) => tags.find((tag) => tag.id === id) ?? { id, count: 0 })
    .reduce((a, b) => (b.count < a.count ? b : a)).id;

/**
 * For every tag not in the filter, how many of the filter's stories carry it: the stories
 * the filter would show with that tag added. `facets` is the file of `own`, one of the
 * selected tags; its lists leave `own` out.
 */
export function countsWithin(facets: TagFacets, own: string, selected: readonly string[]) {
  const counts = new Map<string, number>();
  for (const positions of facets.stories) {
    const story = positions.map((i) => facets.tags[i]!);
    if (!selected.every((id) => id === own || story.includes(id))) continue;
    for (const id of story) if (!selected.includes(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/**
 * The filter chips, by kind: the most used people, groups and shows, and the chosen tags
 * (a link can carry any kind, and each must be removable where it shows). With `counts`
 * (a filter is on), a tag counts the stories adding it would leave, and a tag that would
 * leave none is not offered. Chips keep the directory's order of use, which no filter
 * changes: a chip stays in its place, and keeps focus, while the filter changes around it.
 */
export function pickFilterTags(
  tags: readonly TagCount[],
  selected: readonly string[],
  counts?: ReadonlyMap<string, number>,
): TagCount[] {
  const chosen = (tag: TagCount) => selected.includes(tag.id);
  const countOf = (tag: TagCount) => (counts ? (counts.get(tag.id) ?? 0) : tag.count);
  const byCount = (a: TagCount, b: TagCount) => countOf(b) - countOf(a) || byUse(a, b);
  const chips = Object.entries(FILTER_LIMITS).flatMap(([kind, limit]) => {
    const ofKind = tags.filter((tag) => tag.kind === kind);
    const offered = ofKind
      .filter((tag) => !chosen(tag) && countOf(tag) > 0)
      .sort(byCount)
      .slice(0, limit);
    return ofKind
      .filter((tag) => chosen(tag) || offered.includes(tag))
      .sort(byUse)
      .map((tag) => (chosen(tag) ? tag : { ...tag, count: countOf(tag) }));
  });
  return [...chips, ...tags.filter((tag) => chosen(tag) && !FILTER_LIMITS[tag.kind])];
}
