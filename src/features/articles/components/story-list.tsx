import type { ReactNode } from 'react';
import { Pagination } from '../../../components/ui/pagination';
import { mutedTextClass } from '../../../components/ui/styles';
import { formatCount } from '../../../lib/format';
import type { ListSearch } from '../../../lib/list-search';
import { useStoryList } from '../api/story-list';
import { StoryCard } from './story-card';

interface StoryListProps {
  search: ListSearch;
  hrefForPage: (page: number) => string;
  headingLevel?: 2 | 3;
  /** Shown instead of the list when no story matches (a filter with no overlap). */
  empty?: ReactNode;
}

export function StoryList({ search, hrefForPage, headingLevel, empty }: StoryListProps) {
  const list = useStoryList(search);
  return (
    <div>
      {/* data-announce: read out after a filter or page change, when focus stays put. */}
      <p data-announce className={`text-sm ${mutedTextClass}`}>
        {formatCount(list.total, 'story', 'stories')}
        {list.pageCount > 1 && `, page ${list.page} of ${list.pageCount}`}
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
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={hrefForPage} />
    </div>
  );
}
