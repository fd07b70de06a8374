// A group's page, by default: its stories and its members', from the chunks the build writes
// for a group with members (data/tags/<id>/family/<n>.json, decision 0027), each story with
// the members it carries. The reading code (family-load.ts) loads with a group's page only.
import { queryOptions } from '@tanstack/react-query';
import type { StoryListPage } from './story-list';

/** One view of the list, cut by `total` (the group's info.json: `family`). */
export const familyListQuery = (id: string, total: number, page: number | null) =>
  queryOptions({
    queryKey: ['articles', 'list', 'family', id, total, page],
    queryFn: ({ signal }): Promise<StoryListPage> =>
      import('./family-load').then((m) => m.loadFamily(id, total, page, signal)),
    retry: false,
  });
