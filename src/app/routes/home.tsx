import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router-dom';
import { Link } from '../../components/ui/link';
import { DocumentTitle } from '../../components/ui/document-title';
import { PageHeading } from '../../components/ui/page-heading';
import { inlineLinkClass } from '../../components/ui/styles';
import { paths } from '../../config/paths';
import { FeedLinks } from '../../features/feeds/components/feed-links';
import { feedPaths } from '../../config/feed-paths';
import { ensureStoryList, useStoryList } from '../../features/articles/api/story-list';
import { StoryList } from '../../features/articles/components/story-list';
import { rarestTag } from '../../features/tags/api/filter-tags';
import { anyOfCountsQuery } from '../../features/tags/api/any-of-query';
import { tagDirectoryQuery, tagFacetsQuery } from '../../features/tags/api/tag-queries';
import { TagFilter } from '../../features/tags/components/tag-filter';
import { Trending } from '../../features/tags/components/trending';
import { formatList } from '../../lib/format';
import type { TagCount } from '../../contract/model';
import { listHref, parseListSearch, type ListSearch } from '../../lib/list-search';
import { listSearchOf, notFound, orNotFound, replaceWith } from '../route-helpers';

export const createLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const search = listSearchOf(request);
    // ?tag=BTS is ?tag=bts, under its canonical (lowercase) address.
    const tags = search.tags.map((id) => id.toLowerCase());
    if (tags.join() !== search.tags.join())
      replaceWith(listHref(paths.home.getHref(), { ...search, tags }));
    // The directory names the chips and the filtered heading, and tells an unknown tag in
    // the URL from a failed request before any per-tag file is asked for.
    const directory = await queryClient.ensureQueryData(tagDirectoryQuery());
    const known = new Set(directory.tags.map((tag) => tag.id));
    if (search.tags.some((id) => !known.has(id))) notFound('tag');
    // The filter's chip counts come from the rarest chosen tag's facets ("any of": every
    // chosen tag's), fetched alongside.
    const [list] = await Promise.all([
      orNotFound(ensureStoryList(queryClient, search, tagTotal(directory.tags, search)), 'page'),
      search.tags.length > 0 &&
        (search.any
          ? queryClient.ensureQueryData(anyOfCountsQuery(search.tags, directory.tags))
          : queryClient.ensureQueryData(tagFacetsQuery(rarestTag(directory.tags, search.tags)))),
    ]);
    // Past the end of a filter's list (other lists have no chunk file there: not found).
    if ((list.page ?? 0) > list.chunkCount) notFound('page');
    return null;
  };

/** With one tag chosen its list is that tag's, cut by its count (the directory has it). */
const tagTotal = (tags: TagCount[], { tags: chosen }: ListSearch) =>
  chosen.length === 1 ? tags.find((tag) => tag.id === chosen[0])?.count : undefined;

export function Component() {
  const [params] = useSearchParams();
  const search = parseListSearch(params) ?? { tags: [], page: null };
  const { data: directory } = useSuspenseQuery(tagDirectoryQuery());
  const names = search.tags.map((id) => directory.tags.find((tag) => tag.id === id)?.name ?? id);
  const any = !!search.any;
  const heading =
    names.length > 0 ? `Stories about ${formatList(names, any ? 'or' : 'and')}` : 'Latest stories';
  const home = paths.home.getHref();
  const list = useStoryList(search, tagTotal(directory.tags, search));

  return (
    <>
      <DocumentTitle page={search.page !== null ? `${heading}, page ${search.page}` : heading} />
      <PageHeading>{heading}</PageHeading>
      <div className="mt-3">
        <FeedLinks {...feedPaths.site()} />
      </div>
      {/* What is happening now, on the first view of every story only. */}
      {!names.length && search.page === null && <Trending trending={directory.trending} />}
      <TagFilter
        tags={directory.tags}
        selected={search.tags}
        any={any}
        hrefFor={(tags, any) => listHref(home, { tags, page: null, any })}
      />
      <div className="mt-8 max-w-3xl">
        <StoryList
          list={list}
          hrefForPage={(page) => listHref(home, { ...search, page })}
          empty={
            <p>
              No story carries all of these tags.{' '}
              <Link to={home} className={inlineLinkClass}>
                Show every story
              </Link>
            </p>
          }
        />
      </div>
    </>
  );
}
