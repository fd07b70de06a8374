import { queryOptions, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import type { ArticleSummary, SummaryPage } from '../../../contract/model';
import { PAGE_SIZE, pageOfOrdinal } from '../../../config/data-paths';
import { intersectSorted } from '../../../lib/intersect';
import type { ListSearch } from '../../../lib/list-search';
import {
  articleListQuery,
  siteInfoQuery,
  tagArticleListQuery,
  tagOrdinalsQuery,
} from './article-queries';

// One story list, three sources: no tag reads pages/<n>.json, one tag reads that tag's
// own pages, several tags intersect their ordinals and pick the stories out of the home
// pages that hold them. Each is one query, so the loader (ensureStoryList) and the
// component (useStoryList) share a single factory and a single cache entry.

export interface IntersectionPlan {
  total: number;
  pageCount: number;
  /** Corpus positions shown on the requested page, newest first. */
  ordinals: number[];
  /** Home page files holding those positions. */
  homePages: number[];
}

/** `corpusSize`: how many stories the site has (site.json), to find their home pages. */
export function planIntersection(
  lists: readonly (readonly number[])[],
  page: number,
  corpusSize: number,
): IntersectionPlan {
  // Ordinals ascend from the oldest story; a list shows the newest first.
  const all = intersectSorted(lists).reverse();
  const ordinals = all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return {
    total: all.length,
    pageCount: Math.ceil(all.length / PAGE_SIZE),
    ordinals,
    homePages: [...new Set(ordinals.map((o) => pageOfOrdinal(o, corpusSize)))],
  };
}

/** The files an intersection reads are queries of their own, shared with other views. */
async function loadIntersection(client: QueryClient, { tags, page }: ListSearch) {
  const [site, ...lists] = await Promise.all([
    client.ensureQueryData(siteInfoQuery()),
    ...tags.map((tag) => client.ensureQueryData(tagOrdinalsQuery(tag))),
  ]);
  const plan = planIntersection(
    lists.map((l) => l.ordinals),
    page,
    site.total,
  );
  const homePages = await Promise.all(
    plan.homePages.map((n) => client.ensureQueryData(articleListQuery(n))),
  );
  const byOrdinal = new Map<number, ArticleSummary>();
  for (const item of homePages.flatMap((p) => p.items)) byOrdinal.set(item.ordinal, item);
  const items = plan.ordinals.flatMap((o) => byOrdinal.get(o) ?? []);
  const list: SummaryPage = {
    page,
    pageCount: plan.pageCount,
    total: plan.total,
    pageSize: PAGE_SIZE,
    items,
  };
  return list;
}

/** The list a search shows: a page file as it is, or an intersection composed from files. */
export const storyListQuery = (search: ListSearch): ReturnType<typeof articleListQuery> => {
  const { tags, page } = search;
  if (tags.length === 0) return articleListQuery(page);
  if (tags.length === 1) return tagArticleListQuery(tags[0] as string, page);
  return queryOptions({
    queryKey: ['articles', 'list', 'filter', tags.join('+'), page],
    queryFn: ({ client }) => loadIntersection(client, search),
    // The files it reads retry on their own; retrying here too would double the attempts.
    retry: false,
  });
};

/** Loads everything useStoryList will read. */
export const ensureStoryList = (queryClient: QueryClient, search: ListSearch) =>
  queryClient.ensureQueryData(storyListQuery(search));

export const useStoryList = (search: ListSearch): SummaryPage =>
  useSuspenseQuery(storyListQuery(search)).data;
