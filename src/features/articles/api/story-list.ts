import { queryOptions, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import type { ArticleSummary } from '../../../content/model';
import { chunkOfOrdinal } from '../../../config/data-paths';
import { chunksOf, listView, type ListView } from '../../../config/list-chunks';
import { intersectSorted } from '../../../lib/intersect';
import { NoSuchListPage, type ListSearch } from '../../../lib/list-search';
import {
  articleChunkQuery,
  siteInfoQuery,
  tagArticleChunkQuery,
  tagOrdinalsQuery,
} from './article-queries';

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
  items: ArticleSummary[];
}

const viewOf = (total: number, page: number | null) => {
  const view = listView(total, page);
  if (!view) throw new NoSuchListPage();
  return view;
};

export interface IntersectionPlan {
  total: number;
  view: ListView;
  /** Corpus positions shown on the requested view, newest first. */
  ordinals: number[];
  /** Chunks of every story holding those positions. */
  chunks: number[];
}

/** The stories several tags share, cut into chunks like any list; null past the end. */
export function planIntersection(
  lists: readonly (readonly number[])[],
  page: number | null,
): IntersectionPlan | null {
  // Ordinals ascend from the oldest story, as chunks count.
  const all = intersectSorted(lists);
  const view = listView(all.length, page);
  if (!view) return null;
  const byChunk = chunksOf(all);
  const ordinals = view.chunks.flatMap((n) => byChunk[n - 1]?.items ?? []);
  return {
    total: all.length,
    view,
    ordinals,
    chunks: [...new Set(ordinals.map(chunkOfOrdinal))],
  };
}

/** The files an intersection reads are queries of their own, shared with other views. */
async function loadIntersection(
  client: QueryClient,
  { tags, page }: ListSearch,
): Promise<StoryListPage> {
  const lists = await Promise.all(tags.map((tag) => client.ensureQueryData(tagOrdinalsQuery(tag))));
  const plan = planIntersection(
    lists.map((l) => l.ordinals),
    page,
  );
  if (!plan) throw new NoSuchListPage();
  const chunks = await Promise.all(
    plan.chunks.map((n) => client.ensureQueryData(articleChunkQuery(n))),
  );
  const byOrdinal = new Map<number, ArticleSummary>();
  for (const item of chunks.flatMap((c) => c.items)) byOrdinal.set(item.ordinal, item);
  const items = plan.ordinals.flatMap((o) => byOrdinal.get(o) ?? []);
  return { ...plan.view, total: plan.total, items };
}

/** The chunks of one view, read at once and put together newest first. */
async function loadChunks(
  client: QueryClient,
  total: number,
  page: number | null,
  chunk: (n: number) => ReturnType<typeof articleChunkQuery>,
): Promise<StoryListPage> {
  const view = viewOf(total, page);
  const chunks = await Promise.all(view.chunks.map((n) => client.ensureQueryData(chunk(n))));
  return { ...view, total, items: chunks.flatMap((c) => c.items) };
}

/**
 * The list a search shows. `tagTotal`: how many stories the one chosen tag has (its route
 * read it already, from the tag directory or the tag's info); no tag reads site.json.
 */
export const storyListQuery = (search: ListSearch, tagTotal = 0) => {
  const { tags, page } = search;
  const at = page ?? 'first';
  if (tags.length === 0)
    return queryOptions({
      queryKey: ['articles', 'list', 'all', at],
      queryFn: async ({ client }) => {
        const { total } = await client.ensureQueryData(siteInfoQuery());
        return loadChunks(client, total, page, articleChunkQuery);
      },
      retry: false,
    });
  if (tags.length === 1) {
    const tag = tags[0] as string;
    return queryOptions({
      // The total is in the key: a list with one more story is cut differently.
      queryKey: ['articles', 'list', 'tag', tag, tagTotal, at],
      queryFn: ({ client }) =>
        loadChunks(client, tagTotal, page, (n) => tagArticleChunkQuery(tag, n)),
      retry: false,
    });
  }
  return queryOptions({
    queryKey: ['articles', 'list', 'filter', tags.join('+'), at],
    queryFn: ({ client }) => loadIntersection(client, search),
    // The files it reads retry on their own; retrying here too would double the attempts.
    retry: false,
  });
};

/** Loads everything useStoryList will read. */
export const ensureStoryList = (queryClient: QueryClient, search: ListSearch, tagTotal?: number) =>
  queryClient.ensureQueryData(storyListQuery(search, tagTotal));

export const useStoryList = (search: ListSearch, tagTotal?: number): StoryListPage =>
  useSuspenseQuery(storyListQuery(search, tagTotal)).data;
