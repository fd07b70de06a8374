import { queryOptions } from '@tanstack/react-query';
import type { TagDetail, TagDirectory, TagFacets } from '../../../contract/model';
import { dataPaths } from '../../../config/data-paths';
import { fetchJson } from '../../../lib/fetch-json';

export const tagDirectoryQuery = () =>
  queryOptions({
    queryKey: ['tags', 'directory'],
    queryFn: ({ signal }) => fetchJson<TagDirectory>(dataPaths.tagDirectory(), signal),
  });

export const tagDetailQuery = (id: string) =>
  queryOptions({
    queryKey: ['tags', 'detail', id],
    queryFn: ({ signal }) => fetchJson<TagDetail>(dataPaths.tagInfo(id), signal),
  });

/** The other tags of each of a tag's stories: what the filter counts its chips from. */
export const tagFacetsQuery = (id: string) =>
  queryOptions({
    queryKey: ['tags', 'facets', id],
    queryFn: ({ signal }) => fetchJson<TagFacets>(dataPaths.tagFacets(id), signal),
  });
