import type { TagDirectory } from '../../../contract/model';
import { TagChip } from '../../../components/ui/tag-chip';
import { mutedTextClass } from '../../../components/ui/styles';
import { formatCount } from '../../../lib/format';

/**
 * The people, groups and shows with the most events (not reports) in the corpus's latest
 * days, each a link to its page with its count of events (data/tags.json; decision 0030).
 */
export function Trending({ trending }: Pick<TagDirectory, 'trending'>) {
  return (
    trending?.tags[0] && (
      <section aria-labelledby="trending-heading" className="mt-6">
        <h2 id="trending-heading" className="font-bold">
          Trending: most events in the latest {trending.days} days
        </h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {trending.tags.map((tag) => (
            <li key={tag.id}>
              <TagChip tag={tag}>
                {/* A space for the link's name ("BTS 2 events"); the flex chip shows the margin. */}{' '}
                <span className={`ml-2 ${mutedTextClass}`}>{formatCount(tag.events, 'event')}</span>
              </TagChip>
            </li>
          ))}
        </ul>
      </section>
    )
  );
}
