import { queryOptions, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import type { ListView } from '../../../config/list-chunks';
import type { ListSearch } from '../../../lib/list-search';
import { articleChunkQuery, siteInfoQuery, tagArticleChunkQuery } from './article-queries';
import { loadView, type ListItem } from './load-view';

// One story list, three sources: no tag reads the chunks of every story, one tag that
// tag's own chunks, several tags intersect their ordinals and pick the stories out of the
// chunks of every story that hold them. Every list is cut the same way (list-chunks.ts):
// fixed chunks from the oldest story, so `?page=n` shows the same stories for good. Each
// view is one query, so the loader (ensureStoryList) and the component (useStoryList)
// share a single factory and a single cache entry; the chunk files are queries of their
// own, shared between views (the first view and an archive page read the same chunk).

/** What a list view shows: the stories, how many the list has, where its pager leads. */
export interface StoryListPage extends ListView {
  total: number;
  items: ListItem[];
}

/** Every story's list (no tag), cut by site.json's count, or one tag's, cut by its own. */
async function loadList(
  client: QueryClient,
  tag: string | undefined,
  tagTotal: number,
  page: number | null,
) {
  const read = (n: number) =>
    client
      .ensureQueryData(tag ? tagArticleChunkQuery(tag, n) : articleChunkQuery(n))
      .then((c) => c.items);
  const total = tag ? tagTotal : (await client.ensureQueryData(siteInfoQuery())).total;
  return loadView(total, page, read);
}

/**
 * The list a search shows. A page past the end of every story's list or one tag's reads a
 * chunk file that does not exist (not found); an intersection's is empty (its route checks).
 * `tagTotal`: how many stories the one chosen tag has (its route read it already, from the
 * tag directory or the tag's info); every story's list reads site.json.
 */
export const storyListQuery = (search: ListSearch, tagTotal = 0) => {
  const { tags, page } = search;
  return queryOptions({
    // The total is in the key: a list with one more story is cut differently.
    // "All of" joins the tags with +, "any of" with | (one tag: the same list either way).
    queryKey: ['articles', 'list', tags.join(search.any ? '|' : '+'), tagTotal, page],
    queryFn: ({ client }): Promise<StoryListPage> =>
      tags.length > 1
        ? // Filters by several tags: code the first load of a page does not need.
          import('./intersection').then((m) => m.loadIntersection(client, search))
        : loadList(client, tags[0], tagTotal, page),
    // The files it reads retry on their own; retrying here too would double the attempts.
    retry: false,
  });
};

/** Loads everything useStoryList will read. */
export const ensureStoryList = (queryClient: QueryClient, search: ListSearch, tagTotal?: number) =>
  queryClient.ensureQueryData(storyListQuery(search, tagTotal));

export const useStoryList = (search: ListSearch, tagTotal?: number) =>
  useSuspenseQuery(storyListQuery(search, tagTotal)).data;
