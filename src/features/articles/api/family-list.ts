// A group's page, by default: its stories and its members', from the chunks the build writes
// for a group with members (data/tags/<id>/family/<n>.json, decision 0027), each story with
// the members it carries. Only the tag route imports it, so it loads with that page alone.
import { queryOptions } from '@tanstack/react-query';
import type { FamilyChunk } from '../../../contract/model';
import { dataPaths } from '../../../config/data-paths';
import { fetchJson } from '../../../lib/fetch-json';
import { loadView } from './load-view';
import type { StoryListPage } from './story-list';

/** Chunk n of a group's stories with its members', counted from the oldest. */
export const familyChunkQuery = (id: string, n: number) =>
  queryOptions({
    queryKey: ['articles', 'chunk', 'family', id, n],
    queryFn: ({ signal }) => fetchJson<FamilyChunk>(dataPaths.tagFamilyChunk(id, n), signal),
  });

/** One view of the list, cut by `total` (the group's info.json: `family`). */
export const familyListQuery = (id: string, total: number, page: number | null) =>
  queryOptions({
    queryKey: ['articles', 'list', 'family', id, total, page],
    queryFn: ({ client }): Promise<StoryListPage> =>
      loadView(total, page, (n) =>
        client.ensureQueryData(familyChunkQuery(id, n)).then((c) => c.items),
      ),
    retry: false,
  });
