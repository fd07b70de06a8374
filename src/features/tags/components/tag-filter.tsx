import { Link } from '../../../components/ui/link';
import type { TagCount } from '../../../content/model';
import { NoScriptNote } from '../../../components/ui/no-script-note';
import { chipClass, inlineLinkClass, selectedChipClass } from '../../../components/ui/styles';
import { langOf } from '../../../lib/hangul';
import { toggleTag } from '../../../lib/list-search';
import { KEEP_FOCUS } from '../../../lib/navigation-state';
import { pickFilterTags } from '../api/filter-tags';

interface TagFilterProps {
  tags: readonly TagCount[];
  selected: string[];
  /** The list URL for a set of tags; the caller owns the route. */
  hrefFor: (tags: string[]) => string;
}

/**
 * Chips are links, not buttons: the filter lives in the URL, so each state can be opened,
 * shared and reached with Back, and works before the script loads.
 */
export function TagFilter({ tags, selected, hrefFor }: TagFilterProps) {
  const chips = pickFilterTags(tags, selected);
  if (chips.length === 0) return null;
  return (
    <section aria-labelledby="filter-heading" className="mt-6">
      <h2 id="filter-heading" className="text-sm font-semibold text-zinc-600 dark:text-zinc-400">
        Filter by people and shows
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {chips.map((tag) => {
          const active = selected.includes(tag.id);
          return (
            <li key={tag.id}>
              <Link
                to={hrefFor(toggleTag(selected, tag.id))}
                state={KEEP_FOCUS}
                preventScrollReset
                className={active ? selectedChipClass : chipClass}
              >
                {active && (
                  <svg
                    aria-hidden="true"
                    viewBox="0 0 16 16"
                    className="size-3.5"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="2.5"
                  >
                    <path d="m3 8.5 3 3 7-7" strokeLinecap="round" strokeLinejoin="round" />
                  </svg>
                )}
                <span lang={langOf(tag.name)}>{tag.name}</span>
                {active && <span className="sr-only">(selected, remove filter)</span>}
              </Link>
            </li>
          );
        })}
      </ul>
      <NoScriptNote />
      {selected.length > 0 && (
        <p className="mt-3 text-sm">
          <Link
            to={hrefFor([])}
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
