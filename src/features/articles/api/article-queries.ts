import { queryOptions } from '@tanstack/react-query';
import type { ArticleDetail, ListChunk, SiteInfo, TagOrdinals } from '../../../contract/model';
import { dataPaths } from '../../../config/data-paths';
import { fetchJson } from '../../../lib/fetch-json';

// One factory per query, keys from general to specific. Loaders call ensureQueryData and
// components useSuspenseQuery with the same factory, so they always share one cache entry.

export const articleDetailQuery = (slug: string) =>
  queryOptions({
    queryKey: ['articles', 'detail', slug],
    queryFn: ({ signal }) => fetchJson<ArticleDetail>(dataPaths.article(slug), signal),
  });

/** Chunk n of every story, counted from the oldest: a full one never changes. */
export const articleChunkQuery = (n: number) =>
  queryOptions({
    queryKey: ['articles', 'chunk', 'all', n],
    queryFn: ({ signal }) => fetchJson<ListChunk>(dataPaths.chunk(n), signal),
  });

/** Chunk n of the stories carrying one tag, counted from its oldest. */
export const tagArticleChunkQuery = (tagId: string, n: number) =>
  queryOptions({
    queryKey: ['articles', 'chunk', 'tag', tagId, n],
    queryFn: ({ signal }) => fetchJson<ListChunk>(dataPaths.tagChunk(tagId, n), signal),
  });

/** Corpus positions of one tag's stories: several of these intersect into a filter. */
export const tagOrdinalsQuery = (tagId: string) =>
  queryOptions({
    queryKey: ['articles', 'ordinals', tagId],
    queryFn: ({ signal }) => fetchJson<TagOrdinals>(dataPaths.tagOrdinals(tagId), signal),
  });

/** How many stories the site has: the list of every story is cut into chunks by it. */
export const siteInfoQuery = () =>
  queryOptions({
    queryKey: ['site'],
    queryFn: ({ signal }) => fetchJson<SiteInfo>(dataPaths.site(), signal),
  });
