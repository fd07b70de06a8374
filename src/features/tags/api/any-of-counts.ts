// Chip counts of an "any of" filter (?match=any), loaded only when a reader chooses it
// (tag-queries.ts: anyOfCountsQuery): choosing a chip shows the stories shown now plus its
// own stories not among them. The chosen tags' facets say which tags each shown story
// carries, so that is exact, from as many files as tags are chosen.
import type { QueryClient } from '@tanstack/react-query';
import type { TagCount, TagFacets } from '../../../contract/model';
import { tagFacetsQuery } from './tag-queries';

/**
 * For every tag not chosen, how many stories the filter would show with it added. `facets`
 * are the chosen tags' files, in the order of `selected`; a story carrying several chosen
 * tags is counted once, in the file of the first of them it carries.
 */
export function anyOfCounts(
  facets: readonly TagFacets[],
  selected: readonly string[],
  tags: readonly TagCount[],
) {
  let shown = 0;
  const within = new Map<string, number>();
  facets.forEach((file, i) => {
    for (const positions of file.stories) {
      const story = positions.map((p) => file.tags[p]!);
      if (selected.slice(0, i).some((id) => story.includes(id))) continue;
      shown++;
      for (const id of story) within.set(id, (within.get(id) ?? 0) + 1);
    }
  });
  const counts = new Map<string, number>();
  for (const tag of tags)
    if (!selected.includes(tag.id))
      counts.set(tag.id, shown + tag.count - (within.get(tag.id) ?? 0));
  return counts;
}

/** Reads the chosen tags' facets and counts (anyOfCountsQuery's work). */
export const loadAnyOfCounts = async (
  client: QueryClient,
  selected: readonly string[],
  tags: readonly TagCount[],
) =>
  anyOfCounts(
    await Promise.all(selected.map((id) => client.ensureQueryData(tagFacetsQuery(id)))),
    selected,
    tags,
  );
