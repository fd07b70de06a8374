import type { ArticleLink as ArticleLinkData } from '../../../contract/model';
import { useLayoutEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { isShortcutEvent } from '../../../lib/keyboard';
import { ArticleLink } from './article-link';

const cardClass =
  'flex min-h-16 flex-col gap-1 rounded-lg border border-zinc-200 p-4 hover:border-zinc-400 dark:border-zinc-700 dark:hover:border-zinc-500';

interface StoryPagerProps {
  previous: ArticleLinkData | null;
  next: ArticleLinkData | null;
}

/**
 * j and k on a story page go to the next (older) and previous (newer) story, the home
 * list's order, as they move between stories on a list. Listening in the capture phase, this
 * runs before the layout's list shortcuts, which leave a key handled here alone: k on the
 * newest story does nothing rather than move focus into the related stories. It lives here,
 * not in the layout, so the code loads with story pages only (first-load JS budget).
 */
function useStoryKeys({ previous, next }: StoryPagerProps) {
  const navigate = useNavigate();
  // A layout effect: the listener is in place when the new story is committed, before the
  // next key can arrive; a passive effect left a gap in which j moved focus instead.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const story = event.key === 'j' ? next : event.key === 'k' ? previous : undefined;
      if (story === undefined || !isShortcutEvent(event) || document.querySelector('dialog[open]'))
        return;
      event.preventDefault();
      if (story) void navigate(paths.article.getHref(story.slug));
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [previous, next, navigate]);
}

export function StoryPager({ previous, next }: StoryPagerProps) {
  useStoryKeys({ previous, next });
  if (!previous && !next) return null;
  return (
    <nav aria-label="Previous and next stories" className="mt-12 grid gap-4 sm:grid-cols-2">
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
