import { askToPersist } from '../../lib/persist';
import { updateStars, useStars, type SavedStory } from '../../lib/stars';
import { buttonClass, jsOnlyClass } from '../ui/styles';

/** Save for later, or unsave: listed on the Saved page and kept for reading offline. */
export function SaveButton({ story }: { story: SavedStory }) {
  const saved = useStars().saved.some((s) => s.slug === story.slug);
  const toggle = () => {
    updateStars(({ saved: list }) => ({
      saved: saved ? list.filter((s) => s.slug !== story.slug) : [story, ...list],
    }));
    if (!saved) askToPersist();
    // The copy for reading offline: code loaded when a reader first saves.
    void import('../../lib/offline-cache')
      .then((m) => m.keepOffline(story.slug, !saved))
      .catch(() => undefined);
  };
  return (
    <button
      type="button"
      aria-pressed={saved}
      onClick={toggle}
      className={`${buttonClass} ${jsOnlyClass} aria-pressed:border-rose-700 dark:aria-pressed:border-rose-300`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-4"
        stroke="currentColor"
        strokeWidth="2"
        fill={saved ? 'currentColor' : 'none'}
      >
        <path d="M6 3h12v18l-6-4-6 4z" strokeLinejoin="round" />
      </svg>
      {saved ? 'Saved' : 'Save'}
    </button>
  );
}
