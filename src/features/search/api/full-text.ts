// Full-text search with Pagefind: its index is written by the build (scripts/lib/
// search-index.ts) in chunks, so a query downloads the few it needs. The library is
// loaded from the built site at the first search, never with a page.
import { withoutLeadingTitle, type ExcerptPiece } from './excerpt';
import { storyExcerpt, type WordLocation } from './story-excerpt';

/** The part of Pagefind's browser API used here (pagefind.app/docs/api). */
interface PagefindData {
  url: string;
  raw_content: string;
  weighted_locations: WordLocation[];
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  search: (
    term: string,
  ) => Promise<{ results: { id: string; data: () => Promise<PagefindData> }[] }>;
}

export interface FullTextResult {
  url: string;
  title: string;
  date?: string;
  excerpt: ExcerptPiece[];
}

export interface FullTextResults {
  total: number;
  results: FullTextResult[];
}

// Each result shown is one more file to fetch (its fragment): ten answer most searches.
export const RESULTS_PER_PAGE = 10;

const EXCERPT_WORDS = 30;

// A variable, so the bundler leaves the import alone: the file exists only in dist/.
const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefind: Promise<Pagefind> | undefined;

const loadPagefind = () =>
  (pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(
    async (module) => {
      // On the main thread: the worker would be one more file (12 KB) and round trip for a
      // search that takes a few milliseconds of WebAssembly.
      await module.options({ excerptLength: EXCERPT_WORDS, noWorker: true });
      return module;
    },
    (cause: unknown) => {
      pagefind = undefined;
      throw new Error('The search index could not be loaded.', { cause });
    },
  ));

/**
 * Starts fetching Pagefind (its script, WebAssembly and index metadata) while the reader
 * is still typing, so Enter waits only for the chunks of the words typed.
 */
export function preloadFullText() {
  loadPagefind().then(
    (index) => index.init(),
    () => undefined,
  );
}

/**
 * Fetches the index chunks for the words typed so far, before the reader presses Enter.
 * (Running the search itself here was tried: Pagefind then holds the next search back by
 * about 300 ms, so Enter got slower, not faster.)
 */
export function preloadTerm(term: string) {
  loadPagefind().then(
    (index) => index.preload(searchTerm(term)),
    () => undefined,
  );
}

// Words in nearly every story: each costs a large index chunk and narrows nothing. A query
// made only of them is searched as typed.
const STOP_WORDS = new Set(
  'a an and are as at be by for from in is it of on or the to was were with'.split(' '),
);
export const searchTerm = (q: string) => {
  const words = q.trim().split(/\s+/);
  const kept = words.filter((w) => !STOP_WORDS.has(w.toLowerCase()));
  return (kept.length ? kept : words).join(' ');
};

/** One page of results for a query, best first (headline matches weigh most). */
export async function searchFullText(q: string, page = 1): Promise<FullTextResults> {
  const index = await loadPagefind();
  const { results } = await index.search(searchTerm(q));
  const start = (page - 1) * RESULTS_PER_PAGE;
  const shown = await Promise.all(
    results.slice(start, start + RESULTS_PER_PAGE).map((r) => r.data()),
  );
  return {
    total: results.length,
    results: shown.map((d) => {
      const title = d.meta.title ?? d.url;
      return {
        url: d.url,
        title,
        ...(d.meta.date ? { date: d.meta.date } : {}),
        excerpt: withoutLeadingTitle(
          storyExcerpt({ ...d, namesWords: Number(d.meta.names) || 0 }, EXCERPT_WORDS),
          title,
        ),
      };
    }),
  };
}
