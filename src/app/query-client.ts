import {
  QueryClient,
  type DefaultOptions,
  type DehydratedState,
  type QueryKey,
} from '@tanstack/react-query';
import { isNotFoundError } from '../lib/fetch-json';

// The data is written once per build and never changes while a reader has the page open,
// so nothing goes stale and nothing is thrown away: a view seen once never loads again.
export function createQueryClient(overrides: DefaultOptions['queries'] = {}) {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: Infinity,
        // 'online' would pause requests while the browser reports offline, leaving the
        // reader on a frozen page; failing fast shows the error view with its Retry.
        networkMode: 'always',
        // A missing file will not appear on a second try; a dropped connection might.
        retry: (failureCount, error) => !isNotFoundError(error) && failureCount < 1,
        retryDelay: 300,
        refetchOnWindowFocus: false,
        ...overrides,
      },
    },
  });
}

/**
 * The finished queries of a server render, as a page embeds them: key and data only. React
 * Query's dehydrated state also carries when each was fetched and dehydrated; with nothing
 * ever stale (staleTime: Infinity) the browser has no use for those times, and they made two
 * builds of the same seeds differ in every page.
 */
export interface EmbeddedQueries {
  queries: { queryKey: QueryKey; data: unknown }[];
}

/**
 * What a server render embeds: the successful queries (dehydrate's default), untimed. Not
 * the list chunks: the list view that read them carries their stories (story-list.ts), and
 * both would put every story of the page in its HTML twice.
 */
export const embeddableQueries = ({ queries }: DehydratedState): EmbeddedQueries => ({
  queries: queries
    .filter(({ state, queryKey }) => state.status === 'success' && queryKey[1] !== 'chunk')
    .map(({ queryKey, state }) => ({ queryKey, data: state.data })),
});

/**
 * Puts the queries a server render finished into a new client. React Query's hydrate() does
 * this and more (pending promises, failed queries, which of two copies is newer), none of
 * which a prerendered page needs. setQueryData keeps hydrate's 0.4 KB gzip off every page.
 */
export function restoreQueries(client: QueryClient, { queries }: EmbeddedQueries) {
  for (const { queryKey, data } of queries) client.setQueryData(queryKey, data);
}
