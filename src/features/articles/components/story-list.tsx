import type { ReactNode } from 'react';
import { Pager } from '../../../components/ui/pagination';
import { mutedTextClass } from '../../../components/ui/styles';
import { formatCount } from '../../../lib/format';
import type { StoryListPage } from '../api/story-list';
import { StoryCard } from './story-card';

interface StoryListProps {
  /** The view to show, read by its route (useStoryList, or a group's familyListQuery). */
  list: StoryListPage;
  /** The address of an archive page, or of the first view (null). */
  hrefForPage: (page: number | null) => string;
  headingLevel?: 2 | 3;
  /** Shown instead of the list when no story matches (a filter with no overlap). */
  empty?: ReactNode;
}

export function StoryList({ list, hrefForPage, headingLevel, empty }: StoryListProps) {
  // Archive pages are numbered from the oldest, so a page's number, like its stories,
  // stays the same as stories are added; the first view has no number.
  const where = list.page === null ? 'Latest' : `Page ${list.page} of ${list.chunkCount}`;
  const link = (page: number | null | undefined, label: string) =>
    page === undefined ? null : { href: hrefForPage(page), label };
  return (
    <div>
      {/* data-announce: read out after a filter or page change, when focus stays put. */}
      <p data-announce className={`text-sm ${mutedTextClass}`}>
        {formatCount(list.total, 'story', 'stories')}
        {list.page !== null && `, page ${list.page} of ${list.chunkCount}`}
      </p>
      {list.items.length === 0 ? (
        <div className="py-6">{empty}</div>
      ) : (
        <ol className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {list.items.map((story) => (
            <li key={story.slug}>
              <StoryCard story={story} headingLevel={headingLevel} />
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
