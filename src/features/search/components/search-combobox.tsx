// The header search box as a WAI-ARIA combobox with a listbox popup: tags suggested as the
// reader types, in any spelling (suggest.ts); arrows move through them, Enter opens the
// highlighted tag (or, with none highlighted, searches), Escape closes the list and then
// clears the box. Loaded at the box's first focus; it drives the input the header
// rendered (header-search.tsx) through its events and attributes, so the element, its
// focus and anything typed before this code arrived stay as they are.
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { NavigateFunction } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { preloadFullText, preloadTerm } from '../api/full-text';
import { createSuggester } from '../api/suggester';
import type { Suggestion } from '../api/suggest';
import { SuggestionListbox } from './suggestion-listbox';

const LISTBOX_ID = 'site-search-suggestions';
const optionId = (i: number) => `site-search-option-${i}`;
// After this pause in typing, the index chunks of the words so far load (not every key).
const PRELOAD_PAUSE_MS = 150;

interface SearchComboboxProps {
  input: RefObject<HTMLInputElement | null>;
  queryClient: QueryClient;
  navigate: NavigateFunction;
}

export function SearchCombobox({ input, queryClient, navigate }: SearchComboboxProps) {
  const [find] = useState(() => createSuggester(queryClient));
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const expanded = open && suggestions.length > 0;
  // The latest state for the event listeners, which are attached once.
  const state = useRef({ suggestions, expanded, active });
  state.current = { suggestions, expanded, active };

  // The input's ARIA state follows the list.
  useEffect(() => {
    const box = input.current;
    if (!box) return;
    box.setAttribute('aria-expanded', String(expanded));
    if (expanded && active >= 0) box.setAttribute('aria-activedescendant', optionId(active));
    else box.removeAttribute('aria-activedescendant');
  }, [input, expanded, active]);

  useEffect(() => {
    const box = input.current;
    if (!box) return;
    let latest = '';
    let pause: ReturnType<typeof setTimeout> | undefined;
    let fullTextStarted = false;
    const close = () => {
      setOpen(false);
      setActive(-1);
    };
    const update = () => {
      const typed = box.value;
      latest = typed;
      setActive(-1);
      if (!typed.trim()) return close();
      if (!fullTextStarted) {
        fullTextStarted = true;
        preloadFullText();
        // Enter opens the search page: its views are fetched now, not after the key.
        void import('./search-view').then((m) => m.loadSearchAnswers());
      }
      clearTimeout(pause);
      pause = setTimeout(() => preloadTerm(typed), PRELOAD_PAUSE_MS);
      find(typed).then(
        (found) => {
          // An answer for an older keystroke is dropped.
          if (latest !== typed) return;
          setSuggestions(found);
          setOpen(true);
        },
        // No suggestions (offline, no data): the form still searches on Enter.
        () => undefined,
      );
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const { suggestions: list, expanded: shown, active: at } = state.current;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (!list.length) return;
        event.preventDefault();
        if (!shown) return setOpen(true);
        const step = event.key === 'ArrowDown' ? 1 : -1;
        // Past either end the highlight returns to the input (-1), as in the APG example.
        setActive((i) => ((i + 1 + step + list.length + 1) % (list.length + 1)) - 1);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        if (shown) close();
        else {
          box.value = '';
          update();
        }
      } else if (event.key === 'Enter' && shown && at >= 0) {
        event.preventDefault();
        choose(list[at]!);
      }
    };
    const onFocus = () => {
      if (box.value.trim() && state.current.suggestions.length) setOpen(true);
    };
    box.addEventListener('input', update);
    box.addEventListener('keydown', onKeyDown);
    box.addEventListener('blur', close);
    box.addEventListener('focus', onFocus);
    // Whatever was typed before this code arrived.
    if (box.value.trim()) update();
    return () => {
      clearTimeout(pause);
      box.removeEventListener('input', update);
      box.removeEventListener('keydown', onKeyDown);
      box.removeEventListener('blur', close);
      box.removeEventListener('focus', onFocus);
    };
    // choose is stable in effect: it only uses setters, navigate and the input.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [input, find]);

  function choose(s: Suggestion) {
    setOpen(false);
    setActive(-1);
    if (input.current) input.current.value = '';
    void navigate(paths.tag.getHref(s.tag.id));
  }

  return expanded ? (
    <SuggestionListbox
      id={LISTBOX_ID}
      optionId={optionId}
      suggestions={suggestions}
      active={active}
      onChoose={choose}
    />
  ) : null;
}
