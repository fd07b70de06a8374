import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router-dom';
import { FeedLinks } from '../../features/feeds/components/feed-links';
import { isContentId } from '../../config/data-paths';
import { paths } from '../../config/paths';
import { feedPaths } from '../../config/feed-paths';
import type { TagDetail } from '../../contract/model';
import { familyListQuery } from '../../features/articles/api/family-list';
import { storyListQuery } from '../../features/articles/api/story-list';
import { StoryList } from '../../features/articles/components/story-list';
import { tagDetailQuery } from '../../features/tags/api/tag-queries';
import { lazy, Suspense } from 'react';
import { TagSummary } from '../../features/tags/components/tag-summary';
import { parseListSearch } from '../../lib/list-search';
import { listSearchOf, notFound, orNotFound, replaceWith } from '../route-helpers';

/** ?own=1: a group's own stories only; its page lists its members' too (decision 0027). */
const ownOf = (params: URLSearchParams) => params.get('own') === '1';

/** A tag page's address: `own` (groups with members only) and the page, defaults left out. */
const tagHref = (id: string, own: boolean, page: number | null) => {
  const params = new URLSearchParams();
  if (own) params.set('own', '1');
  if (page !== null) params.set('page', String(page));
  const query = params.toString();
  return paths.tag.getHref(id) + (query ? `?${query}` : '');
};

/** The list a tag page shows: a group's with its members' unless `own`, else the tag's own. */
const listQuery = (id: string, tag: TagDetail, own: boolean, page: number | null) =>
  tag.family === undefined || own
    ? storyListQuery({ tags: [id], page }, tag.count)
    : familyListQuery(id, tag.family, page);

// The switch between a group's list and its own stories: on a group's page only. The server
// render waits for it, and hydration keeps its HTML until the code is there.
const loadGroupScope = () => import('../../features/tags/components/group-scope');
const GroupScope = lazy(() => loadGroupScope().then((m) => ({ default: m.GroupScope })));

export const createLoader =
  (queryClient: QueryClient) =>
  async ({ params: { id = '' }, request }: LoaderFunctionArgs) => {
    // Tag ids are lowercase; /tags/BTS, typed or shared, is the bts page. The redirect
    // replaces the entry, so the address bar and Back show the one canonical URL. On a
    // static host the app reaches this from 404.html, so it works there too.
    const lower = id.toLowerCase();
    if (lower !== id) replaceWith(paths.tag.getHref(lower) + new URL(request.url).search);
    if (!isContentId(id)) notFound('tag');
    const { page } = listSearchOf(request);
    const own = ownOf(new URL(request.url).searchParams);
    // The tag's info comes first: its counts say how its lists are cut into chunks.
    const tag = await orNotFound(queryClient.ensureQueryData(tagDetailQuery(id)), 'tag');
    // A group's switch, fetched beside its list so it shows with it.
    if (tag.family !== undefined) void loadGroupScope();
    // One URL per view: ?own=1 on a tag without members shows what its page shows.
    if (own && tag.family === undefined) replaceWith(tagHref(id, false, page));
    // A page past the end reads a chunk file that does not exist: not found.
    await orNotFound(queryClient.ensureQueryData(listQuery(id, tag, own, page)), 'page');
    return null;
  };

export function Component() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const page = parseListSearch(params)?.page ?? null;
  const own = ownOf(params);
  const { data: tag } = useSuspenseQuery(tagDetailQuery(id));
  const { data: list } = useSuspenseQuery(listQuery(id, tag, own, page));
  return (
    <>
      <TagSummary id={id} />
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <FeedLinks {...feedPaths.tag(id)} />
      </div>
      <section aria-labelledby="tag-stories-heading" className="mt-10 max-w-3xl">
        <h2 id="tag-stories-heading" className="text-2xl font-bold">
          Stories
        </h2>
        {tag.family !== undefined && (
          <Suspense fallback={null}>
            <GroupScope name={tag.name} own={own} hrefFor={(o) => tagHref(id, o, null)} />
          </Suspense>
        )}
        <StoryList list={list} headingLevel={3} hrefForPage={(n) => tagHref(id, own, n)} />
      </section>
    </>
  );
}
