// The search box in every page's header: a plain GET form to /search (it works before the
// script runs), and with the script a combobox that suggests tags as the reader types
// (WAI-ARIA combobox with listbox popup: arrows move, Enter chooses or searches, Escape
// closes then clears). "/" focuses it from anywhere, as on most sites. Only this small
// shell is in the first-load JS; the names and the matching code load at the first key.
import { useQueryClient } from '@tanstack/react-query';
import {
  lazy,
  Suspense,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { isShortcutEvent } from '../../../lib/keyboard';
import type * as FullText from '../api/full-text';
import type { Suggester } from '../api/suggester';
import type { Suggestion } from '../api/suggest';

type FullTextModule = typeof FullText;

const SuggestionListbox = lazy(() =>
  import('./suggestion-listbox').then((m) => ({ default: m.SuggestionListbox })),
);

/** "/" moves focus to the search box, unless the reader is typing or shortcuts are off. */
function useSlashFocus(input: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || !isShortcutEvent(event) || document.querySelector('dialog[open]'))
        return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [input]);
}

export function HeaderSearch() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // One header per page, so fixed ids: the same in the server render and the browser.
  const id = 'site-search';
  const listboxId = `${id}-suggestions`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const input = useRef<HTMLInputElement>(null);
  const suggester = useRef<Promise<Suggester> | null>(null);
  const latest = useRef('');
  const [value, setValue] = useState('');
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  useSlashFocus(input);

  const expanded = open && suggestions.length > 0;
  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  // Focus says the reader is about to search: the suggestion code and names start loading
  // then, and the full-text index at the first letter, so neither waits for the last one.
  const warmSuggestions = () => {
    if (suggester.current) return suggester.current;
    void import('./suggestion-listbox');
    // Enter opens the search page: its view is fetched now, not after the key.
    void import('./search-view');
    return (suggester.current = import('../api/suggester').then((m) =>
      m.createSuggester(queryClient),
    ));
  };
  const fullText = useRef<Promise<FullTextModule> | null>(null);
  const preloadTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const onChange = (next: string) => {
    setValue(next);
    latest.current = next;
    setActive(-1);
    if (!next.trim()) return close();
    if (!fullText.current) {
      fullText.current = import('../api/full-text');
      void fullText.current.then((m) => m.preloadFullText());
    }
    // After a pause in typing, the index chunks of the words so far (not on every key).
    clearTimeout(preloadTimer.current);
    preloadTimer.current = setTimeout(() => {
      void fullText.current?.then((m) => m.preloadTerm(next));
    }, 150);
    warmSuggestions()
      .then((find) => find(next))
      .then(
        (found) => {
          // An answer for an older keystroke is dropped.
          if (latest.current !== next) return;
          setSuggestions(found);
          setOpen(true);
        },
        () => {
          // No suggestions (offline, no data): the form still searches on Enter.
          suggester.current = null;
        },
      );
  };

  const choose = (s: Suggestion) => {
    close();
    setValue('');
    void navigate(paths.tag.getHref(s.tag.id));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!suggestions.length) return;
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // Past either end the highlight returns to the input (-1), as in the APG example.
      setActive((i) => ((i + 1 + step + suggestions.length + 1) % (suggestions.length + 1)) - 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (expanded) close();
      else onChange('');
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault();
      choose(suggestions[active]!);
    }
  };

  return (
    <form
      role="search"
      aria-label="Site"
      action={paths.search.getHref()}
      className="relative w-full"
      onSubmit={(event) => {
        event.preventDefault();
        close();
        input.current?.blur();
        void navigate(paths.search.getHref(value));
      }}
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        Search stories, people and shows
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={expanded ? listboxId : undefined}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="/"
        autoComplete="off"
        enterKeyHint="search"
        placeholder="Search (press /)"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={close}
        onFocus={() => {
          void warmSuggestions().catch(() => undefined);
          if (value.trim() && suggestions.length) setOpen(true);
        }}
        className="min-h-10 w-full rounded-md border border-zinc-300 bg-white px-3 text-sm text-zinc-900 placeholder:text-zinc-500 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400"
      />
      {expanded && (
        <Suspense fallback={null}>
          <SuggestionListbox
            id={listboxId}
            optionId={optionId}
            suggestions={suggestions}
            active={active}
            onChoose={choose}
          />
        </Suspense>
      )}
    </form>
  );
}
