// The search page: /search?q=...&page=n. The query is in the URL, so a search is a link,
// reloads to the same results and Back returns to it. Tags whose names match come first,
// then the stories Pagefind finds. Typing updates the results as the reader goes (the URL
// is replaced, not pushed, so Back skips the keystrokes); Enter commits a new entry.
import { useEffect, useState, type ReactNode } from 'react';
import type * as Answers from './search-answers';
import { useSearchParams } from 'react-router-dom';
import { DocumentTitle } from '../../../components/ui/document-title';
import { PageHeading } from '../../../components/ui/page-heading';
import {
  buttonClass,
  inlineLinkClass,
  mutedTextClass,
  textInputClass,
} from '../../../components/ui/styles';
import { paths } from '../../../config/paths';
import { KEEP_FOCUS } from '../../../lib/navigation-state';

// The answers' code, fetched at the first query (or earlier, by the header's box). Not
// React.lazy: a Suspense boundary that resolves holds its content back until 300 ms after
// its fallback showed (React's reveal throttling), which would be most of a search's time.
let answers: typeof Answers | undefined;
export const loadSearchAnswers = async () => (answers ??= await import('./search-answers'));

function useSearchAnswers(wanted: boolean) {
  const [loaded, setLoaded] = useState(answers);
  useEffect(() => {
    if (wanted && !loaded) void loadSearchAnswers().then(setLoaded);
  }, [wanted, loaded]);
  return loaded?.SearchAnswers;
}

const TYPING_PAUSE_MS = 250;

export const parseSearchParams = (params: URLSearchParams) => {
  const page = Number(params.get('page') ?? 1);
  return {
    q: (params.get('q') ?? '').trim(),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
};

export function SearchView({ renderDate }: { renderDate: (date: string) => ReactNode }) {
  const [params, setParams] = useSearchParams();
  const { q, page } = parseSearchParams(params);
  const [draft, setDraft] = useState(q);
  const SearchAnswers = useSearchAnswers(q !== '');

  // Back, Forward or a link changed the query: the box shows it (state adjusted while
  // rendering, as React's docs advise, rather than in an effect).
  const [shown, setShown] = useState(q);
  if (shown !== q) {
    setShown(q);
    if (draft.trim() !== q) setDraft(q);
  }

  // A pause in typing searches; the URL follows without a history entry per keystroke.
  useEffect(() => {
    if (draft.trim() === q) return;
    const timer = setTimeout(
      () =>
        setParams(draft.trim() ? { q: draft.trim() } : {}, { replace: true, state: KEEP_FOCUS }),
      TYPING_PAUSE_MS,
    );
    return () => clearTimeout(timer);
  }, [draft, q, setParams]);

  return (
    <>
      <DocumentTitle page={q ? `Search: ${q}` : 'Search'} />
      <PageHeading>{q ? `Search: ${q}` : 'Search'}</PageHeading>
      <form
        role="search"
        aria-label="Stories"
        action={paths.search.getHref()}
        className="mt-6 flex max-w-2xl gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (draft.trim() !== q)
            setParams(draft.trim() ? { q: draft.trim() } : {}, { state: KEEP_FOCUS });
        }}
      >
        <label htmlFor="search-page-input" className="sr-only">
          Search stories
        </label>
        <input
          id="search-page-input"
          name="q"
          type="search"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          enterKeyHint="search"
          autoComplete="off"
          placeholder="A name in any spelling, a show, any words"
          className={`min-h-11 flex-1 text-base ${textInputClass}`}
        />
        <button type="submit" className={buttonClass}>
          Search
        </button>
      </form>
      <noscript>
        <p className="mt-4">
          Search needs JavaScript.{' '}
          <a href={paths.tags.getHref()} className={inlineLinkClass}>
            Browse all tags
          </a>{' '}
          to find a person, group or show.
        </p>
      </noscript>
      {q ? (
        SearchAnswers ? (
          // A module's export, the same function for the page's whole life, not one made
          // in render: the rule cannot see through the hook that loads it.
          // eslint-disable-next-line react-hooks/static-components
          <SearchAnswers q={q} page={page} renderDate={renderDate} />
        ) : (
          <p className={`mt-8 ${mutedTextClass}`}>Searching…</p>
        )
      ) : (
        <p className={`mt-4 ${mutedTextClass}`}>
          Type a name in any spelling (Steve Yoo, 유승준, Rose), a show or any words.
        </p>
      )}
    </>
  );
}
