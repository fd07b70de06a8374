import { queryOptions } from '@tanstack/react-query';
import type { ArticleDetail, SiteInfo, SummaryPage, TagOrdinals } from '../../../contract/model';
import { dataPaths } from '../../../config/data-paths';
import { fetchJson } from '../../../lib/fetch-json';

// One factory per query, keys from general to specific. Loaders call ensureQueryData and
// components useSuspenseQuery with the same factory, so they always share one cache entry.

export const articleDetailQuery = (slug: string) =>
  queryOptions({
    queryKey: ['articles', 'detail', slug],
    queryFn: ({ signal }) => fetchJson<ArticleDetail>(dataPaths.article(slug), signal),
  });

/** Page n of every story, in corpus order. */
export const articleListQuery = (page: number) =>
  queryOptions({
    queryKey: ['articles', 'list', 'all', page],
    queryFn: ({ signal }) => fetchJson<SummaryPage>(dataPaths.page(page), signal),
  });

/** Page n of the stories carrying one tag. */
export const tagArticleListQuery = (tagId: string, page: number) =>
  queryOptions({
    queryKey: ['articles', 'list', 'tag', tagId, page],
    queryFn: ({ signal }) => fetchJson<SummaryPage>(dataPaths.tagPage(tagId, page), signal),
  });

/** Corpus positions of one tag's stories: several of these intersect into a filter. */
export const tagOrdinalsQuery = (tagId: string) =>
  queryOptions({
    queryKey: ['articles', 'ordinals', tagId],
    queryFn: ({ signal }) => fetchJson<TagOrdinals>(dataPaths.tagOrdinals(tagId), signal),
  });

/** How many stories the site has: filters find a story's home page from its ordinal with it. */
export const siteInfoQuery = () =>
  queryOptions({
    queryKey: ['site'],
    queryFn: ({ signal }) => fetchJson<SiteInfo>(dataPaths.site(), signal),
  });
