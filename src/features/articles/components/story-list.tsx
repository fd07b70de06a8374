import { lazy, Suspense, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Pager } from '../../../components/ui/pagination';
import { mutedTextClass } from '../../../components/ui/styles';
import { formatCount } from '../../../lib/format';
import type { StoryListPage } from '../api/story-list';
import { eventOf, newEvents } from '../api/events';
import { oneCardPerEvent } from '../api/one-card-per-event';
import { useStars } from '../../../lib/stars';
import { UNREAD_PARAM, withUnread } from './unread-param';
import { StoryCard } from './story-card';

interface StoryListProps {
  /** The view to show, read by its route (useStoryList, a group's familyListQuery, the followed tags'). */
  list: StoryListPage;
  /** The address of an archive page, or of the first view (null). */
  hrefForPage: (page: number | null) => string;
  headingLevel?: 2 | 3;
  /** Shown instead of the list when no story matches (a filter with no overlap). */
  empty?: ReactNode;
  /** Marks "New" on the stories that arrived since the reader's previous visit. */
  newSince?: number;
}

// "Unread only" and "Mark all as read" mean something once the reader has opened a story:
// their code loads then, not with every first visit's page.
const ReadControls = lazy(() => import('./read-controls'));

export function StoryList({
  list,
  hrefForPage,
  headingLevel,
  empty,
  newSince = Infinity,
}: StoryListProps) {
  const [params] = useSearchParams();
  const { read } = useStars();
  // Unread only: this view's stories the reader has not opened (pages stay the list's).
  const unread = params.get(UNREAD_PARAM) === '1';
  const items = oneCardPerEvent(
    unread ? list.items.filter((s) => !read.includes(s.slug)) : list.items,
  );
  // "New" on a card when a report of its event arrived since the last visit and none was read
  // (the header counts the same).
  const fresh = newEvents(list.items, newSince, read);
  const href = (page: number | null) => withUnread(hrefForPage(page), unread);
  // Archive pages are numbered from the oldest, so a page's number, like its stories,
  // stays the same as stories are added; the first view has no number.
  const where = list.page === null ? 'Latest' : `Page ${list.page} of ${list.chunkCount}`;
  const link = (page: number | null | undefined, label: string) =>
    page === undefined ? null : { href: href(page), label };
  return (
    <div>
      {/* One row of a fixed height: the read controls, which appear once the app has read
          this browser's marks, take room it already has and move nothing. */}
      <div className="flex min-h-9 flex-wrap items-center justify-between gap-x-4">
        {/* data-announce: read out after a filter or page change, when focus stays put. */}
        <p data-announce className={`text-sm ${mutedTextClass}`}>
          {formatCount(list.total, 'story', 'stories')}
          {list.page !== null && `, page ${list.page} of ${list.chunkCount}`}
          {unread && `; ${items.length} unread here`}
        </p>
        {list.items.length > 0 && (read.length > 0 || unread) && (
          <Suspense fallback={null}>
            <ReadControls slugs={list.items.map((s) => s.slug)} here={href(list.page)} />
          </Suspense>
        )}
      </div>
      {items.length === 0 ? (
        <div className="py-6">{list.items.length ? 'Every story here is read.' : empty}</div>
      ) : (
        <ol className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {items.map((story) => (
            <li key={story.slug}>
              <StoryCard
                story={story}
                headingLevel={headingLevel}
                isNew={fresh.has(eventOf(story))}
              />
            </li>
          ))}
        </ol>
      )}
      <Pager
        status={where}
        previous={link(list.newer, 'Newer stories')}
        next={link(list.older, 'Older stories')}
      />
    </div>
  );
}
