// A group's page, by default: its stories and its members', from the chunks the build writes
// for a group with members (data/tags/<id>/family/<n>.json, decision 0027), each story with
// the members it carries. Only the tag route imports it, so it loads with that page alone.
import { queryOptions } from '@tanstack/react-query';
import type { FamilyChunk } from '../../../contract/model';
import { dataPaths } from '../../../config/data-paths';
import { fetchJson } from '../../../lib/fetch-json';
import { loadView } from './load-view';
import type { StoryListPage } from './story-list';

/**
 * One view of the list, cut by `total` (the group's info.json: `family`). Its chunks are
 * read here, not as queries of their own: no other list shares them.
 */
export const familyListQuery = (id: string, total: number, page: number | null) =>
  queryOptions({
    queryKey: ['articles', 'list', 'family', id, total, page],
    queryFn: ({ signal }): Promise<StoryListPage> =>
      loadView(total, page, (n) =>
        fetchJson<FamilyChunk>(dataPaths.tagFamilyChunk(id, n), signal).then((c) => c.items),
      ),
    retry: false,
  });
