import type { RelatedArticle } from '../../../contract/model';
import { mutedTextClass } from '../../../components/ui/styles';
import { formatReadingTime } from '../../../lib/format';
import { STORY_LINK_ATTRIBUTE } from '../../../lib/keyboard';
import { ArticleLink } from './article-link';

export function RelatedStories({ stories }: { stories: RelatedArticle[] }) {
  if (stories.length === 0) return null;
  const linkProps = { [STORY_LINK_ATTRIBUTE]: '' };
  return (
    <section aria-labelledby="related-heading" className="mt-12">
      <h2 id="related-heading" className="text-2xl font-bold">
        Related stories
      </h2>
      <ul className="mt-2 divide-y divide-zinc-200 dark:divide-zinc-800">
        {stories.map((story) => (
          <li key={story.slug} data-story className="py-4">
            <h3 className="text-lg leading-snug font-semibold text-pretty">
              <ArticleLink slug={story.slug} className="hover:underline" {...linkProps}>
                {story.title}
              </ArticleLink>
            </h3>
            <p className={`mt-1 text-sm ${mutedTextClass}`}>
              Shares: {story.shared.map((tag) => tag.name).join(', ')}
              <span aria-hidden="true"> · </span>
              <span className="sr-only">. </span>
              {formatReadingTime(story.readingMinutes)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
