import { queryOptions } from '@tanstack/react-query';
import type { TagCount } from '../../../contract/model';

/**
 * An "any of" filter's chip counts (any-of-counts.ts, loaded with the first such filter).
 * Apart from tag-queries.ts, which every page loads: only the home page uses it.
 */
export const anyOfCountsQuery = (selected: string[], tags: readonly TagCount[]) =>
  queryOptions({
    queryKey: ['tags', 'any-of', selected.join('|'), tags.length],
    queryFn: ({ client }) =>
      import('./any-of-counts').then((m) => m.loadAnyOfCounts(client, selected, tags)),
  });
