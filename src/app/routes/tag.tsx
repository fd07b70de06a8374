import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router-dom';
import { isContentId } from '../../config/data-paths';
import { paths } from '../../config/paths';
import { ensureStoryList } from '../../features/articles/api/story-list';
import { StoryList } from '../../features/articles/components/story-list';
import { tagDetailQuery } from '../../features/tags/api/tag-queries';
import { TagSummary } from '../../features/tags/components/tag-summary';
import { listHref, parseListSearch } from '../../lib/list-search';
import { listSearchOf, notFound, orNotFound, replaceWith } from '../route-helpers';

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
    // The tag's info comes first: its count says how its list is cut into chunks.
    const { count } = await orNotFound(queryClient.ensureQueryData(tagDetailQuery(id)), 'tag');
    // A page past the end reads a chunk file that does not exist: not found.
    await orNotFound(ensureStoryList(queryClient, { tags: [id], page }, count), 'page');
    return null;
  };

export function Component() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const page = parseListSearch(params)?.page ?? null;
  const { data: tag } = useSuspenseQuery(tagDetailQuery(id));
  const href = paths.tag.getHref(id);
  return (
    <>
      <TagSummary id={id} />
      <section aria-labelledby="tag-stories-heading" className="mt-10 max-w-3xl">
        <h2 id="tag-stories-heading" className="text-2xl font-bold">
          Stories
        </h2>
        <StoryList
          search={{ tags: [id], page }}
          tagTotal={tag.count}
          headingLevel={3}
          hrefForPage={(n) => listHref(href, { tags: [], page: n })}
        />
      </section>
    </>
  );
}
