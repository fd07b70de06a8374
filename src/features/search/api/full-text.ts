// Full-text search with Pagefind: its index is written by the build (scripts/lib/
// search-index.ts) in parts by story date, each in chunks, so a query downloads the few it
// needs. The library is loaded from the built site at the first search, never with a page:
// it opens the first part and merges the others, and a search runs over all of them.
import { fetchJson } from '../../../lib/fetch-json';
import { withoutLeadingTitle, type ExcerptPiece } from './excerpt';
import { storyExcerpt, type WordLocation } from './story-excerpt';

/** The part of Pagefind's browser API used here (pagefind.app/docs/api). */
export interface PagefindData {
  url: string;
  raw_content: string;
  weighted_locations: WordLocation[];
  meta: Record<string, string | undefined>;
}
interface PagefindResults {
  results: { id: string; data: () => Promise<PagefindData> }[];
  /** Results per filter value: here, per part (each part's pages carry `part: <name>`). */
  filters: Record<string, Record<string, number> | undefined>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (basePath: string, options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  search: (
    term: string,
    options?: { filters?: Record<string, { any: string[] }> },
  ) => Promise<PagefindResults>;
}
interface PartedIndex {
  pagefind: Pagefind;
  parts: string[];
}

export interface FullTextResult {
  url: string;
  title: string;
  date?: string;
  excerpt: ExcerptPiece[];
  /** Other results that report the same event, best first: shown under this one. */
  others: { url: string; title: string }[];
}

export interface FullTextResults {
  /** Stories that match (several reports of one event share a card). */
  total: number;
  results: FullTextResult[];
  /** Whether a next page has cards. */
  more: boolean;
}

// Each result shown is one more file to fetch (its fragment): ten answer most searches.
export const RESULTS_PER_PAGE = 10;

const EXCERPT_WORDS = 30;

// A variable, so the bundler leaves the import alone: the file exists only in dist/.
const PAGEFIND_URL = '/pagefind/pagefind.js';
/** The parts of the index, newest first (written by scripts/lib/search-parts.ts). */
const PARTS_URL = '/pagefind/parts.json';
const partUrl = (part: string) => `/pagefind/parts/${part}/`;
let pagefind: Promise<PartedIndex | null> | undefined;

// Result URLs are the records' own: no base to put in front of them.
const PART_OPTIONS = { baseUrl: '/', excerptLength: EXCERPT_WORDS };
// Every page of a part carries this filter (Pagefind's mergeFilter: no file, no download),
// so a search says how many of its results each part holds.
const partFilter = (part: string) => ({ mergeFilter: { part } });

const loadPagefind = () =>
  (pagefind ??= Promise.all([
    import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>,
    fetchJson<{ parts: string[] }>(PARTS_URL),
  ]).then(
    async ([module, { parts }]) => {
      const [first, ...others] = parts;
      if (first === undefined) return null; // no stories: nothing to search
      // On the main thread: the worker would be one more file (12 KB) and round trip for a
      // search that takes a few milliseconds of WebAssembly. The first part is Pagefind's
      // primary (its WebAssembly is fetched from there); the others are merged into it.
      await module.options({
        ...PART_OPTIONS,
        ...partFilter(first),
        basePath: partUrl(first),
        noWorker: true,
      });
      await Promise.all(
        others.map((part) =>
          module.mergeIndex(partUrl(part), { ...PART_OPTIONS, ...partFilter(part) }),
        ),
      );
      return { pagefind: module, parts };
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
    (index) => index?.pagefind.init(),
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
    (index) => index?.pagefind.preload(searchTerm(term)),
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

/**
 * A search over every part with one index's answer. Pagefind skips a word its index does
 * not have (unless it has none of them): one index of every story skips only words no
 * story has, but a part that lacks a word some other part has would answer for the other
 * words alone ("Park Chae-young" found every Park). So each word is looked up alone first
 * (its chunks are loaded already: milliseconds of WebAssembly), and the parts that lack a
 * word found elsewhere are filtered out. A quoted phrase needs every word in every index.
 */
export async function searchParts({ pagefind, parts }: PartedIndex, term: string) {
  const words = term.split(' ').filter(Boolean);
  if (words.length < 2 || parts.length < 2 || /^\s*".+"\s*$/.test(term))
    return (await pagefind.search(term)).results;
  const perPart = await Promise.all(
    words.map(async (word) => (await pagefind.search(word)).filters.part ?? {}),
  );
  const found = perPart.filter((counts) => Object.values(counts).some((n) => n > 0));
  const whole = parts.filter((part) => found.every((counts) => (counts[part] ?? 0) > 0));
  if (whole.length === parts.length) return (await pagefind.search(term)).results;
  if (!whole.length) return [];
  return (await pagefind.search(term, { filters: { part: { any: whole } } })).results;
}

/** One result's text, as a card shows it. */
const resultOf = (d: PagefindData): FullTextResult => {
  const title = d.meta.title ?? d.url;
  return {
    url: d.url,
    title,
    ...(d.meta.date ? { date: d.meta.date } : {}),
    excerpt: withoutLeadingTitle(
      storyExcerpt({ ...d, namesWords: Number(d.meta.names) || 0 }, EXCERPT_WORDS),
      title,
    ),
    others: [],
  };
};

/**
 * Results read in rank order, made into cards: a report of an event already on the list
 * joins its card while that card's page is still filling (until the card after that page's
 * last exists), so every page comes from the same walk whichever page is asked for, and a
 * report ranked after its event's page was full gets a card of its own on a later page
 * rather than none.
 */
export const eventCards = () => {
  const cards: FullTextResult[] = [];
  const cardOf = new Map<string, number>();
  const open = (card: number) =>
    cards.length <= (Math.floor(card / RESULTS_PER_PAGE) + 1) * RESULTS_PER_PAGE;
  return {
    cards,
    add: (d: PagefindData) => {
      const card = d.meta.event === undefined ? undefined : cardOf.get(d.meta.event);
      if (card !== undefined && open(card))
        cards[card]!.others.push({ url: d.url, title: d.meta.title ?? d.url });
      else {
        if (d.meta.event !== undefined) cardOf.set(d.meta.event, cards.length);
        cards.push(resultOf(d));
      }
    },
  };
};

/**
 * One page of results for a query, best first (headline matches weigh most), one card an
 * event (eventCards). Which result reports which event is in its data, so results are read
 * in order, a page's worth at a time, until this page is full and one more card says
 * whether a next page has any.
 */
export async function searchFullText(q: string, page = 1): Promise<FullTextResults> {
  const index = await loadPagefind();
  if (!index) return { total: 0, results: [], more: false };
  // Each part ranks its own pages; Pagefind sorts them all by score (decision 0023).
  const results = await searchParts(index, searchTerm(q));
  const walk = eventCards();
  for (let read = 0; read < results.length && walk.cards.length <= page * RESULTS_PER_PAGE;) {
    const batch = results.slice(read, (read += RESULTS_PER_PAGE));
    for (const d of await Promise.all(batch.map((r) => r.data()))) walk.add(d);
  }
  const { cards } = walk;
  const end = page * RESULTS_PER_PAGE;
  return {
    total: results.length,
    results: cards.slice(end - RESULTS_PER_PAGE, end),
    more: cards.length > end,
  };
}
