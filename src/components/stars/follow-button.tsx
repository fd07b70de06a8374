import type { TagRef } from '../../contract/model';
import { askToPersist } from '../../lib/persist';
import { updateStars, useStars } from '../../lib/stars';
import { buttonClass, jsOnlyClass } from '../ui/styles';

/** The kinds a reader follows: people, groups and shows (a song or a network is not a star). */
export const FOLLOWABLE = new Set<string>(['person', 'group', 'show']);

// Pressed (following): the site's accent on border and text, in both themes.
const pressedClass =
  'aria-pressed:border-rose-700 aria-pressed:text-rose-700 dark:aria-pressed:border-rose-300 dark:aria-pressed:text-rose-300';

/**
 * Follow or unfollow a tag: a toggle button (aria-pressed). Its stories then appear on the
 * Following page. `compact`: beside a chip in a list, named for the tag for screen readers.
 */
export function FollowButton({ tag, compact }: { tag: TagRef; compact?: boolean }) {
  const following = useStars().follows.some((f) => f.id === tag.id);
  const toggle = () => {
    updateStars(({ follows }) => ({
      follows: following
        ? follows.filter((f) => f.id !== tag.id)
        : [...follows, { id: tag.id, name: tag.name, kind: tag.kind }],
    }));
    if (!following) askToPersist();
  };
  return (
    <button
      type="button"
      aria-pressed={following}
      onClick={toggle}
      // Compact: a smaller button beside a chip (32 px, still over the 24 px target size).
      className={`${compact ? buttonClass.replace('min-h-10', 'min-h-8').replace('px-4', 'px-2') : buttonClass} ${pressedClass} ${jsOnlyClass}`}
    >
      {following ? 'Following' : 'Follow'}
      {compact && <span className="sr-only"> {tag.name}</span>}
    </button>
  );
}
