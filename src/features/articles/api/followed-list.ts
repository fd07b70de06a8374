// The stories of any of several tags, newest first: the Following page's list, read as the
// home page's "any of" filter reads it (intersection.ts: the union of the tags' ordinals, cut
// like every other list).
import { queryOptions } from '@tanstack/react-query';
import type { TagRef } from '../../../contract/model';
import type { ListSearch } from '../../../lib/list-search';
import { loadIntersection } from './intersection';
import type { StoryListPage } from './story-list';

/** Tags sorted, so one set of tags is one cache entry whatever the order they were followed in. */
export const anyOfTagsQuery = (tags: string[], page: number | null) => {
  const sorted = [...tags].sort();
  return queryOptions({
    queryKey: ['articles', 'list', 'any', sorted.join('+'), page],
    queryFn: ({ client }): Promise<StoryListPage> =>
      loadIntersection(client, { tags: sorted, page, any: true }),
    retry: false,
  });
};

/** The followed tags the list shows: those chosen with ?tag= (if followed), else all. */
export const shownTags = (follows: TagRef[], { tags }: Pick<ListSearch, 'tags'>) => {
  const chosen = follows.filter((f) => tags.includes(f.id)).map((f) => f.id);
  return chosen.length ? chosen : follows.map((f) => f.id);
};
