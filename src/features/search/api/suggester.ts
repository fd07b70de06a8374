// Loaded with the first keystroke in a search box, never with a page: the matching code,
// then for each query the names file of its first letter (one small file per letter).
import type { QueryClient } from '@tanstack/react-query';
import { searchNamesQuery } from './search-queries';
import {
  buildSuggestIndex,
  shardOfQuery,
  suggest,
  type Suggestion,
  type SuggestIndex,
} from './suggest';

const indexes = new Map<string, Promise<SuggestIndex>>();

export type Suggester = (query: string, limit?: number) => Promise<Suggestion[]>;

export const createSuggester =
  (queryClient: QueryClient): Suggester =>
  async (query, limit) => {
    const shard = shardOfQuery(query);
    let index = indexes.get(shard);
    if (!index) {
      index = queryClient.fetchQuery(searchNamesQuery(shard)).then(buildSuggestIndex);
      indexes.set(shard, index);
      // A failed fetch is asked for again at the next key.
      index.catch(() => indexes.delete(shard));
    }
    return suggest(await index, query, limit);
  };
