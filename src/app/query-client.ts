import { QueryClient, type DefaultOptions, type DehydratedState } from '@tanstack/react-query';
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
 * Puts the queries a server render finished into a new client. React Query's hydrate() does
 * this and more (pending promises, failed queries, which of two copies is newer), none of
 * which a prerendered page needs: the server embeds finished queries only (dehydrate's
 * default), into an empty cache. setQueryData keeps hydrate's 0.4 KB gzip off every page.
 */
export function restoreQueries(client: QueryClient, { queries }: DehydratedState) {
  for (const { queryKey, state } of queries) {
    if (state.status === 'success')
      client.setQueryData(queryKey, state.data, { updatedAt: state.dataUpdatedAt });
  }
}
