import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router-dom';
import { FollowButton } from '../../components/stars/follow-button';
import { DocumentTitle } from '../../components/ui/document-title';
import { Link } from '../../components/ui/link';
import { PageHeading } from '../../components/ui/page-heading';
import { chipClass, inlineLinkClass, mutedTextClass } from '../../components/ui/styles';
import { TagChip } from '../../components/ui/tag-chip';
import { paths } from '../../config/paths';
import type { TagRef } from '../../contract/model';
import { anyOfTagsQuery } from '../../features/articles/api/followed-list';
import { StoryListView } from '../../features/articles/components/story-list';
import { suggestedQuery } from '../../features/tags/api/tag-queries';
import { langOf } from '../../lib/hangul';
import { listHref, parseListSearch, toggleTag, type ListSearch } from '../../lib/list-search';
import { KEEP_FOCUS } from '../../lib/navigation-state';
import { readStars, useStars } from '../../lib/stars';
import { listSearchOf, orNotFound } from '../route-helpers';

const here = paths.following.getHref();

/** The followed tags the list shows: those chosen with ?tag= (if followed), else all. */
const shown = (follows: TagRef[], { tags }: ListSearch) => {
  const chosen = follows.filter((f) => tags.includes(f.id)).map((f) => f.id);
  return chosen.length ? chosen : follows.map((f) => f.id);
};

export const createLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const search = listSearchOf(request);
    // Whom the reader follows is in this browser; a server render (and so the page's HTML)
    // has no one, and shows what to follow first.
    const { follows } = readStars();
    await Promise.all([
      queryClient.ensureQueryData(suggestedQuery()),
      follows.length &&
        orNotFound(
          queryClient.ensureQueryData(anyOfTagsQuery(shown(follows, search), search.page)),
          'page',
        ),
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
      {follows.length ? <FollowedStories follows={follows} /> : <Suggestions />}
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

function FollowedStories({ follows }: { follows: TagRef[] }) {
  const [params] = useSearchParams();
  const search = parseListSearch(params) ?? { tags: [], page: null };
  const { previousVisit } = useStars();
  const ids = shown(follows, search);
  const { data: list } = useSuspenseQuery(anyOfTagsQuery(ids, search.page));
  const narrowed = ids.length < follows.length;
  return (
    <>
      <section aria-labelledby="followed-heading" className="mt-6">
        <h2
          id="followed-heading"
          className="text-sm font-semibold text-zinc-600 dark:text-zinc-400"
        >
          Show stories about
        </h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {follows.map((tag) => {
            const on = narrowed && ids.includes(tag.id);
            return (
              <li key={tag.id}>
                <Link
                  to={listHref(here, { tags: toggleTag(narrowed ? ids : [], tag.id), page: null })}
                  state={KEEP_FOCUS}
                  preventScrollReset
                  aria-current={on || undefined}
                  className={`${chipClass} aria-[current]:border-rose-700 aria-[current]:font-semibold dark:aria-[current]:border-rose-300`}
                  lang={langOf(tag.name)}
                >
                  {tag.name}
                  {on && <span className="sr-only"> (shown, select to show all again)</span>}
                </Link>
              </li>
            );
          })}
        </ul>
      </section>
      <div className="mt-8 max-w-3xl">
        <StoryListView
          list={list}
          newSince={previousVisit}
          hrefForPage={(page) => listHref(here, { tags: narrowed ? ids : [], page })}
          empty={<p>No story yet about what you follow.</p>}
        />
      </div>
      <section aria-labelledby="follows-heading" className="mt-12">
        <h2 id="follows-heading" className="text-lg font-bold">
          You follow
        </h2>
        <ul className="mt-3 flex flex-wrap gap-3">
          {follows.map((tag) => (
            <li key={tag.id} className="flex items-center gap-1">
              <TagChip tag={tag} />
              <FollowButton tag={tag} compact />
            </li>
          ))}
        </ul>
      </section>
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
