// Queries of the search feature. The names file loads when a reader starts typing; the
// full-text index (Pagefind) when a search runs. Neither is part of any page's first load.
import { queryOptions } from '@tanstack/react-query';
import type { SearchNames } from '../../../contract/model';
import { dataPaths } from '../../../config/data-paths';
import { fetchJson } from '../../../lib/fetch-json';
import { searchFullText } from './full-text';

/** The tag names a query starting with this shard's letter may match (suggest.ts shardOfQuery). */
export const searchNamesQuery = (shard: string) =>
  queryOptions({
    queryKey: ['search', 'names', shard],
    // The build writes every shard, empty ones too (src/lib/names/name-shards.ts).
    queryFn: ({ signal }) => fetchJson<SearchNames>(dataPaths.searchNames(shard), signal),
    staleTime: Infinity,
  });

export const fullTextQuery = (q: string, page = 1) =>
  queryOptions({
    queryKey: ['search', 'full-text', q, page],
    queryFn: () => searchFullText(q, page),
    staleTime: Infinity,
  });
