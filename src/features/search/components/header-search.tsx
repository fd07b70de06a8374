// The search box in every page's header: a plain GET form to /search (it works before the
// script runs). With the script, Enter opens the search page in the app, "/" focuses the
// box from anywhere (as on most sites; use-keyboard-shortcuts.ts), and the first focus
// loads the combobox that suggests tags as the reader types (search-combobox.tsx). Only
// this small shell is in every page's first-load JS.
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { keyboardOnlyClass, textInputClass } from '../../../components/ui/styles';

const SearchCombobox = lazy(() =>
  import('./search-combobox').then((m) => ({ default: m.SearchCombobox })),
);

/** One header per page, so fixed ids: the same in the server render and the browser. */
export const SEARCH_INPUT_ID = 'site-search-input';

export function HeaderSearch() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const [enhanced, setEnhanced] = useState(false);

  return (
    <form
      role="search"
      aria-label="Site"
      action={paths.search.getHref()}
      className="relative w-full"
      onSubmit={(event) => {
        event.preventDefault();
        input.current?.blur();
        void navigate(paths.search.getHref(input.current?.value ?? ''));
      }}
    >
      <label htmlFor={SEARCH_INPUT_ID} className="sr-only">
        Search stories, people and shows
      </label>
      {/* Uncontrolled: the combobox reads and writes the box itself once it has loaded, and
          sets aria-expanded and aria-activedescendant as its list changes. */}
      <input
        ref={input}
        id={SEARCH_INPUT_ID}
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded="false"
        // The suggestion list has this id while it shows (search-combobox.tsx).
        aria-controls="site-search-suggestions"
        aria-keyshortcuts="/"
        // "/" focuses it from anywhere (use-keyboard-shortcuts.ts).
        data-search-box=""
        autoComplete="off"
        enterKeyHint="search"
        placeholder="Search"
        onFocus={() => setEnhanced(true)}
        className={`peer min-h-10 w-full pr-9 text-sm ${textInputClass}`}
      />
      {/* The "/" hint, where there is a keyboard, while the box is empty and not focused. */}
      <kbd
        aria-hidden="true"
        className={`pointer-events-none absolute top-1/2 right-2.5 -translate-y-1/2 rounded border border-zinc-400 px-1.5 font-mono text-xs text-zinc-600 peer-focus:invisible peer-[:not(:placeholder-shown)]:invisible dark:border-zinc-500 dark:text-zinc-300 ${keyboardOnlyClass.block}`}
      >
        /
      </kbd>
      {enhanced && (
        <Suspense fallback={null}>
          <SearchCombobox input={input} queryClient={queryClient} navigate={navigate} />
        </Suspense>
      )}
    </form>
  );
}
