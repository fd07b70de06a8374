// A filter by several tags, loaded when a reader first chooses a second tag (story-list.ts):
// all of them (their ordinals intersected) or, with ?match=any, any of them (the union).
import type { QueryClient } from '@tanstack/react-query';
import type { ArticleSummary } from '../../../contract/model';
import { chunkOfOrdinal } from '../../../config/data-paths';
import { chunkItems } from '../../../config/list-chunks';
import { intersectSorted, unionSorted } from '../../../lib/intersect';
import type { ListSearch } from '../../../lib/list-search';
import { articleChunkQuery, tagOrdinalsQuery } from './article-queries';
import { loadView } from './load-view';

/**
 * Several tags: their ordinals intersected, or joined for "any of" (ascending, as chunks
 * count), make the list, and
 * each of its chunks is picked out of the chunks of every story that hold its positions.
 */
export async function loadIntersection(client: QueryClient, { tags, page, any }: ListSearch) {
  const lists = await Promise.all(tags.map((tag) => client.ensureQueryData(tagOrdinalsQuery(tag))));
  const all = (any ? unionSorted : intersectSorted)(lists.map((l) => l.ordinals));
  return loadView(all.length, page, async (n) => {
    const ordinals = chunkItems(all, n);
    const byOrdinal = new Map<number, ArticleSummary>();
    for (const held of [...new Set(ordinals.map(chunkOfOrdinal))])
      for (const item of (await client.ensureQueryData(articleChunkQuery(held))).items)
        byOrdinal.set(item.ordinal, item);
    return ordinals.flatMap((o) => byOrdinal.get(o) ?? []);
  });
}
