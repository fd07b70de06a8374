// Loaded with the first keystroke in a search box, never with a page: the names file and
// the matching code arrive together.
import type { QueryClient } from '@tanstack/react-query';
import { searchNamesQuery } from './search-queries';
import { buildSuggestIndex, suggest, type Suggestion, type SuggestIndex } from './suggest';

let index: Promise<SuggestIndex> | undefined;

export type Suggester = (query: string, limit?: number) => Suggestion[];

export async function loadSuggester(queryClient: QueryClient): Promise<Suggester> {
  index ??= queryClient.fetchQuery(searchNamesQuery()).then(buildSuggestIndex, (error: unknown) => {
    index = undefined;
    throw error;
  });
  const ready = await index;
  return (query, limit) => suggest(ready, query, limit);
}
