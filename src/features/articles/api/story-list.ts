import { useSuspenseQueries, type QueryClient } from '@tanstack/react-query';
import type { ArticleSummary, SummaryPage } from '../../../content/model';
import { PAGE_SIZE, pageOfOrdinal } from '../../../config/data-paths';
import { intersectSorted } from '../../../lib/intersect';
import type { ListSearch } from '../../../lib/list-search';
import { articleListQuery, tagArticleListQuery, tagOrdinalsQuery } from './article-queries';

// One story list, three sources: no tag reads pages/<n>.json, one tag reads that tag's
// own pages, several tags intersect their ordinals and pick the stories out of the home
// pages that hold them. The loader (ensureStoryList) and the component (useStoryList)
// walk the same plan, so the component finds everything in the cache.

export interface IntersectionPlan {
  total: number;
  pageCount: number;
  /** Corpus positions shown on the requested page, ascending. */
  ordinals: number[];
  /** Home page files holding those positions. */
  homePages: number[];
}

export function planIntersection(
  lists: readonly (readonly number[])[],
  page: number,
): IntersectionPlan {
  const all = intersectSorted(lists);
  const ordinals = all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return {
    total: all.length,
    pageCount: Math.ceil(all.length / PAGE_SIZE),
    ordinals,
    homePages: [...new Set(ordinals.map(pageOfOrdinal))],
  };
}

function composeIntersection(
  plan: IntersectionPlan,
  page: number,
  homePages: SummaryPage[],
): SummaryPage {
  const byOrdinal = new Map<number, ArticleSummary>();
  for (const item of homePages.flatMap((p) => p.items)) byOrdinal.set(item.ordinal, item);
  const items = plan.ordinals.flatMap((o) => byOrdinal.get(o) ?? []);
  return { page, pageCount: plan.pageCount, total: plan.total, pageSize: PAGE_SIZE, items };
}

const singleSource = ({ tags, page }: ListSearch) =>
  tags.length === 0 ? articleListQuery(page) : tagArticleListQuery(tags[0] as string, page);

/** Loads everything useStoryList will read. */
export async function ensureStoryList(
  queryClient: QueryClient,
  search: ListSearch,
): Promise<SummaryPage> {
  if (search.tags.length < 2) return queryClient.ensureQueryData(singleSource(search));
  const lists = await Promise.all(
    search.tags.map((tag) => queryClient.ensureQueryData(tagOrdinalsQuery(tag))),
  );
  const plan = planIntersection(
    lists.map((l) => l.ordinals),
    search.page,
  );
  const pages = await Promise.all(
    plan.homePages.map((n) => queryClient.ensureQueryData(articleListQuery(n))),
  );
  return composeIntersection(plan, search.page, pages);
}

export function useStoryList(search: ListSearch): SummaryPage {
  const intersecting = search.tags.length >= 2;
  // Hooks run unconditionally; an empty query list is how a mode opts out.
  const ordinalLists = useSuspenseQueries({
    queries: intersecting ? search.tags.map((tag) => tagOrdinalsQuery(tag)) : [],
  });
  const plan = intersecting
    ? planIntersection(
        ordinalLists.map((r) => r.data.ordinals),
        search.page,
      )
    : null;
  const pages = useSuspenseQueries({
    queries: plan ? plan.homePages.map((n) => articleListQuery(n)) : [singleSource(search)],
  });
  if (!plan) return pages[0]!.data;
  return composeIntersection(
    plan,
    search.page,
    pages.map((r) => r.data),
  );
}
