import type { ArticleLink as ArticleLinkData } from '../../../content/model';
import { STORY_PAGER_ATTRIBUTE } from '../../../lib/keyboard';
import { ArticleLink } from './article-link';

const cardClass =
  'flex min-h-16 flex-col gap-1 rounded-lg border border-zinc-200 p-4 hover:border-zinc-400 dark:border-zinc-700 dark:hover:border-zinc-500';

interface StoryPagerProps {
  previous: ArticleLinkData | null;
  next: ArticleLinkData | null;
}

export function StoryPager({ previous, next }: StoryPagerProps) {
  if (!previous && !next) return null;
  const pagerProps = { [STORY_PAGER_ATTRIBUTE]: '' };
  return (
    <nav
      aria-label="Previous and next stories"
      className="mt-12 grid gap-4 sm:grid-cols-2"
      {...pagerProps}
    >
      {previous ? (
        <ArticleLink slug={previous.slug} rel="prev" className={cardClass}>
          <span className="text-sm text-zinc-600 dark:text-zinc-400">
            <span aria-hidden="true">← </span>Previous story<span className="sr-only">:</span>
          </span>
          <span className="font-semibold">{previous.title}</span>
        </ArticleLink>
      ) : (
        <span />
      )}
      {next && (
        <ArticleLink slug={next.slug} rel="next" className={`${cardClass} sm:text-right`}>
          <span className="text-sm text-zinc-600 dark:text-zinc-400">
            Next story<span className="sr-only">:</span>
            <span aria-hidden="true"> →</span>
          </span>
          <span className="font-semibold">{next.title}</span>
        </ArticleLink>
      )}
    </nav>
  );
}
