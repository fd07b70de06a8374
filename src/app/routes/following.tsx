import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import type { LoaderFunctionArgs } from 'react-router-dom';
import { FollowButton } from '../../components/stars/follow-button';
import { DocumentTitle } from '../../components/ui/document-title';
import { Link } from '../../components/ui/link';
import { PageHeading } from '../../components/ui/page-heading';
import { inlineLinkClass, mutedTextClass } from '../../components/ui/styles';
import { TagChip } from '../../components/ui/tag-chip';
import { paths } from '../../config/paths';
import { suggestedQuery } from '../../features/tags/api/tag-queries';
import { readStars, useStars } from '../../lib/stars';
import { listSearchOf, orNotFound } from '../route-helpers';

// The list of a reader who follows someone, and the code that reads it: loaded for them only
// (a first visit, which follows no one, is shown what to follow).
const FollowedStories = lazy(() => import('../../features/articles/components/followed-stories'));

export const createLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const search = listSearchOf(request);
    // Whom the reader follows is in this browser; a server render (and so the page's HTML)
    // has no one, and shows what to follow first.
    const { follows } = readStars();
    const followed = async () => {
      const { anyOfTagsQuery, shownTags } =
        await import('../../features/articles/api/followed-list');
      const query = anyOfTagsQuery(shownTags(follows, search), search.page);
      await orNotFound(queryClient.ensureQueryData(query), 'page');
    };
    await Promise.all([
      queryClient.ensureQueryData(suggestedQuery()),
      follows.length && followed(),
    ]);
    return null;
  };

export function Component() {
  const { follows } = useStars();
  return (
    <>
      <DocumentTitle page="Following" />
      <PageHeading>Following</PageHeading>
      <p className="mt-3">
        <Link to={paths.saved.getHref()} className={inlineLinkClass}>
          Saved stories
        </Link>
      </p>
      {follows.length ? (
        <Suspense fallback={null}>
          <FollowedStories follows={follows} />
        </Suspense>
      ) : (
        <Suggestions />
      )}
      <p className={`mt-12 max-w-prose text-sm ${mutedTextClass}`}>
        What you follow is kept in this browser. To move it to another device, use Export and Import
        on the{' '}
        <Link to={`${paths.saved.getHref()}#transfer`} className={inlineLinkClass}>
          Saved stories
        </Link>{' '}
        page.
      </p>
    </>
  );
}

function Suggestions() {
  const { data } = useSuspenseQuery(suggestedQuery());
  return (
    <section aria-labelledby="suggested-heading" className="mt-6 max-w-3xl">
      <p className={`max-w-prose ${mutedTextClass}`}>
        Follow people, groups and shows to see their stories here, newest first, with what is new
        since your last visit marked. It stays in this browser: no account needed.
      </p>
      <h2 id="suggested-heading" className="mt-8 text-lg font-bold">
        Most covered in the last {data.days / 7} weeks
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {data.tags.map((tag) => (
          <li key={tag.id} className="flex items-center justify-between gap-3">
            <span>
              <TagChip tag={tag} />{' '}
              <span className={`text-sm ${mutedTextClass}`}>
                {tag.count} {tag.count === 1 ? 'story' : 'stories'}
              </span>
            </span>
            <FollowButton tag={tag} compact />
          </li>
        ))}
      </ul>
    </section>
  );
}
