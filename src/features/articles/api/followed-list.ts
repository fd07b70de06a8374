// The stories of any of several tags, newest first: the Following page's list. Their
// ordinals (ascending, as chunks count) are merged without repeats and cut like every other
// list (list-chunks.ts), each chunk picked out of the chunks of every story that hold it.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ArticleSummary } from '../../../contract/model';
import { chunkOfOrdinal } from '../../../config/data-paths';
import { chunkItems } from '../../../config/list-chunks';
import { articleChunkQuery, tagOrdinalsQuery } from './article-queries';
import { loadView } from './load-view';
import type { StoryListPage } from './story-list';

/** Union of ascending number lists, ascending, each number once. */
export const unionSorted = (lists: readonly (readonly number[])[]) =>
  [...new Set(lists.flat())].sort((a, b) => a - b);

/** The stories at these corpus positions, in their order, from the chunks that hold them. */
export async function storiesAt(client: QueryClient, ordinals: number[]) {
  const byOrdinal = new Map<number, ArticleSummary>();
  for (const held of [...new Set(ordinals.map(chunkOfOrdinal))])
    for (const item of (await client.ensureQueryData(articleChunkQuery(held))).items)
      byOrdinal.set(item.ordinal, item);
  return ordinals.flatMap((o) => byOrdinal.get(o) ?? []);
}

/** Tags sorted, so one set of tags is one cache entry whatever the order they were followed in. */
export const anyOfTagsQuery = (tags: string[], page: number | null) =>
  queryOptions({
    queryKey: ['articles', 'list', 'any', [...tags].sort().join('+'), page],
    queryFn: async ({ client }): Promise<StoryListPage> => {
      const lists = await Promise.all(
        tags.map((tag) => client.ensureQueryData(tagOrdinalsQuery(tag))),
      );
      const all = unionSorted(lists.map((l) => l.ordinals));
      return loadView(all.length, page, (n) => storiesAt(client, chunkItems(all, n)));
    },
    retry: false,
  });
