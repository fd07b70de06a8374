// Loaded with the first keystroke in a search box, never with a page: the matching code,
// then for each query the names file of its first letter (one small file per letter),
// cached by React Query like every other file, its index built once (suggest.ts).
import type { QueryClient } from '@tanstack/react-query';
import { searchNamesQuery } from './search-queries';
import { buildSuggestIndex, shardOfQuery, suggest, type Suggestion } from './suggest';

export type Suggester = (query: string, limit?: number) => Promise<Suggestion[]>;

export const createSuggester =
  (queryClient: QueryClient): Suggester =>
  async (query, limit) => {
    const names = await queryClient.fetchQuery(searchNamesQuery(shardOfQuery(query)));
    return suggest(buildSuggestIndex(names), query, limit);
  };
