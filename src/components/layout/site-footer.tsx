import { SITE_NAME } from '../../lib/site';
import { jsOnlyClass, keyboardOnlyClass, mutedTextClass } from '../ui/styles';

export function SiteFooter({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  return (
    <footer className="border-t border-zinc-200 dark:border-zinc-800">
      <div
        className={`mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-6 text-sm sm:px-6 ${mutedTextClass}`}
      >
        <p>{SITE_NAME}: news from Korean music, film and television.</p>
        <button
          type="button"
          onClick={onShowShortcuts}
          className={`${keyboardOnlyClass.inlineFlex} min-h-10 items-center gap-2 rounded-md px-2 hover:bg-zinc-100 hover:text-zinc-900 dark:hover:bg-zinc-800 dark:hover:text-zinc-100 ${jsOnlyClass}`}
        >
          Keyboard shortcuts
          <kbd className="rounded border border-current px-1.5 font-mono text-xs">?</kbd>
        </button>
      </div>
    </footer>
  );
}
