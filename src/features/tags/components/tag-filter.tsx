import { useQuery } from '@tanstack/react-query';
import { Link } from '../../../components/ui/link';
import type { TagCount } from '../../../contract/model';
import { NoScriptNote } from '../../../components/ui/no-script-note';
import { chipClass, inlineLinkClass, mutedTextClass } from '../../../components/ui/styles';
import { paths } from '../../../config/paths';
import { langOf } from '../../../lib/hangul';
import { toggleTag } from '../../../lib/list-search';
import { KEEP_FOCUS } from '../../../lib/navigation-state';
import { countsWithin, pickFilterTags, rarestTag } from '../api/filter-tags';
import { anyOfCountsQuery } from '../api/any-of-query';
import { tagFacetsQuery } from '../api/tag-queries';

// Only the filter has selected chips. The check mark is drawn by CSS (the stylesheet has
// room; first-load JS has little), with empty alt text: the chip's own text says "selected".
const selectedChipClass =
  "inline-flex min-h-8 items-center gap-1 rounded-full border border-rose-700 bg-rose-700 px-3 text-sm text-white before:font-bold before:content-['✓'_/_''] hover:bg-rose-800 dark:border-rose-300 dark:bg-rose-300 dark:text-zinc-950 dark:hover:bg-rose-200";

interface TagFilterProps {
  tags: readonly TagCount[];
  selected: string[];
  /** ?match=any: stories with any of the chosen tags, not all. */
  any: boolean;
  /** The list URL for a set of tags, all or any of them; the caller owns the route. */
  hrefFor: (tags: string[], any: boolean) => string;
}

/**
 * Chips are links, not buttons: the filter lives in the URL, so each state can be opened,
 * shared and reached with Back, and works before the script loads. Each offered chip says
 * how many stories choosing it shows, and none shows zero.
 */
export function TagFilter({ tags, selected, any, hrefFor }: TagFilterProps) {
  // A filter's counts come from its rarest tag's facets, which the loader has fetched; the
  // unfiltered chips need only the directory, as the prerendered page does. "Any of"
  // counts come from every chosen tag's facets (any-of-counts.ts).
  const own = selected.length && !any ? rarestTag(tags, selected) : '';
  const { data } = useQuery({ ...tagFacetsQuery(own), enabled: own !== '' });
  const { data: anyCounts } = useQuery({ ...anyOfCountsQuery(selected, tags), enabled: any });
  const counts = any ? anyCounts : data && countsWithin(data, own, selected);
  return (
    <section aria-labelledby="filter-heading" className="mt-6">
      <h2 id="filter-heading" className="text-sm font-semibold text-zinc-600 dark:text-zinc-400">
        Filter by people, groups and shows
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {pickFilterTags(tags, selected, counts).map((tag) => {
          const active = selected.includes(tag.id);
          return (
            <li key={tag.id}>
              <Link
                to={hrefFor(toggleTag(selected, tag.id), any)}
                state={KEEP_FOCUS}
                preventScrollReset
                className={active ? selectedChipClass : `${chipClass} gap-1.5`}
              >
                <span lang={langOf(tag.name)}>{tag.name}</span>{' '}
                {active ? (
                  <span className="sr-only">(selected, remove filter)</span>
                ) : (
                  <span className={`text-xs ${mutedTextClass}`}>
                    {`${tag.count} `}
                    <span className="sr-only">{tag.count === 1 ? 'story' : 'stories'}</span>
                  </span>
                )}
              </Link>
            </li>
          );
        })}
        <li>
          {/* Every other tag, with its count, on the tags page; its box finds one by name. */}
          <Link
            to={paths.tags.getHref()}
            className={`${inlineLinkClass} inline-flex min-h-8 items-center px-1 text-sm`}
          >
            More tags
          </Link>
        </li>
      </ul>
      <NoScriptNote />
      {selected.length > 0 && (
        <p className="mt-3 flex flex-wrap gap-x-3 text-sm">
          {/* A link: the choice is in the URL (?match=any); the heading says which is on. */}
          <Link
            to={hrefFor(selected, !any)}
            state={KEEP_FOCUS}
            preventScrollReset
            className={`inline-flex min-h-6 items-center ${inlineLinkClass}`}
          >
            {any ? 'Stories with all of these tags' : 'Stories with any of these tags'}
          </Link>
          <Link
            to={hrefFor([], false)}
            state={KEEP_FOCUS}
            preventScrollReset
            className={`inline-flex min-h-6 items-center ${inlineLinkClass}`}
          >
            Clear filters
          </Link>
        </p>
      )}
    </section>
  );
}
