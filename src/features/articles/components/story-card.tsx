import { TagChip } from '../../../components/ui/tag-chip';
import { mutedTextClass } from '../../../components/ui/styles';
import { formatCount, formatList, formatReadingTime } from '../../../lib/format';
import { STORY_LINK_ATTRIBUTE } from '../../../lib/keyboard';
import { leadingTags } from '../../../lib/main-tags';
import { useStars } from '../../../lib/stars';
import type { ListItem } from '../api/load-view';
import { ArticleLink } from './article-link';
import { ReportList } from './report-list';
import { StoryDate } from './story-date';

// "New" in the site's accent, "Read" in the card's muted text.
const markClass = 'mr-2 rounded border px-1 align-middle text-xs font-semibold uppercase';

/** Chips past this many crowd a phone screen; the story page lists every tag. */
const MAIN_TAG_COUNT = 4;

interface StoryCardProps {
  story: ListItem;
  /** 2 on the home page, 3 where the list sits under its own h2. */
  headingLevel?: 2 | 3;
  /** Marked "New": a report of it arrived since the previous visit, unread (the Following view). */
  isNew?: boolean;
}

export function StoryCard({ story, headingLevel = 2, isNew }: StoryCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const linkProps = { [STORY_LINK_ATTRIBUTE]: '' };
  const read = useStars().read.includes(story.slug);
  return (
    <article data-story data-read={read || undefined} className="py-6">
      <Heading
        className={`text-xl leading-snug text-pretty ${read ? `font-semibold ${mutedTextClass}` : 'font-bold'}`}
      >
        {(read || isNew) && (
          // Before the title, so a screen reader says it first: "Read, <title>".
          <span className={`${markClass} ${read ? '' : 'text-rose-700 dark:text-rose-300'}`}>
            {isNew ? 'New' : 'Read'}
            <span className="sr-only">: </span>
          </span>
        )}
        <ArticleLink slug={story.slug} className="hover:underline" {...linkProps}>
          {story.title}
        </ArticleLink>
      </Heading>
      {/* On a group's page: the members a story is about (decision 0027). */}
      {story.members?.[0] && (
        <p className="mt-1 text-sm font-medium text-rose-700 dark:text-rose-300">
          {`with ${formatList(story.members.map((m) => m.name))}`}
        </p>
      )}
      <p className="mt-2 max-w-prose text-zinc-700 dark:text-zinc-300">{story.excerpt}</p>
      <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2">
        <p className={`text-sm ${mutedTextClass}`}>
          <StoryDate date={story.date} /> · <span>{formatReadingTime(story.readingMinutes)}</span>
        </p>
        {story.tags.length > 0 && (
          <ul aria-label="Tags" className="flex flex-wrap gap-2">
            {leadingTags(story.tags, MAIN_TAG_COUNT).map((tag) => (
              <li key={tag.id}>
                <TagChip tag={tag} />
              </li>
            ))}
          </ul>
        )}
      </div>
      {/* One card an event: the others' headlines a tap away, in the HTML for crawlers too. */}
      {story.reports && (
        <details className="mt-3 text-sm">
          <summary className="min-h-6 cursor-pointer font-semibold">
            {formatCount(story.reports.length, 'report')}
            <span className="sr-only"> of this event</span>
          </summary>
          <ReportList reports={story.reports} current={story.slug} />
        </details>
      )}
    </article>
  );
}
