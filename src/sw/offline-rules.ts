// What the service worker (src/sw.ts) keeps, as plain data and pure functions, so they can
// be tested without a worker (tests/unit/sw-rules.test.ts). Why: decision 0028.
import { paths } from '../config/paths.ts';

/** The page shown for a page that is neither online nor in any cache. */
export const OFFLINE_PAGE = paths.offline.getHref();

/**
 * Pages fetched when a worker installs, so they open offline from the first visit on: the
 * offline page, and the Following and Saved views (all required: the install fails without them),
 * which list what the reader keeps in the browser.
 */
export const SHELL_PAGES = [
  { path: OFFLINE_PAGE, required: true },
  { path: paths.following.getHref(), required: true },
  { path: paths.saved.getHref(), required: true },
] as const;

const DAY = 24 * 60 * 60;

/**
 * What is cached as the reader goes, by kind: never the whole site (10,000 stories must not
 * download themselves), only what was visited, the oldest entries going first past the cap.
 */
export const RUNTIME_CACHES = {
  pages: { name: 'kwave-pages', maxEntries: 60, maxAgeSeconds: 30 * DAY },
  data: { name: 'kwave-data', maxEntries: 300, maxAgeSeconds: 30 * DAY },
  search: { name: 'kwave-search', maxEntries: 80, maxAgeSeconds: 30 * DAY },
} as const;

export type RuntimeKind = keyof typeof RUNTIME_CACHES;

/** The runtime cache a same-origin GET belongs to, or null: the network alone answers it. */
export const runtimeKindOf = (
  request: { mode: string; method: string },
  url: URL,
  origin: string,
): RuntimeKind | null => {
  if (request.method !== 'GET' || url.origin !== origin) return null;
  if (request.mode === 'navigate') return 'pages';
  if (url.pathname.startsWith('/data/') && url.pathname.endsWith('.json')) return 'data';
  if (url.pathname.startsWith('/pagefind/')) return 'search';
  return null;
};

/**
 * The cache keys a page may be found under, best first: the address as asked, with and
 * without a trailing slash (hosts serve /tags and /tags/ alike), then without its query
 * (a prerendered page is the same file for /?page=2; the app reads the query itself).
 */
export const pageKeys = (url: URL): string[] => {
  const { origin, pathname, search } = url;
  const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const forms = [pathname, trimmed, trimmed === '/' ? '/' : `${trimmed}/`];
  const keys = [
    ...forms.map((p) => origin + p + search),
    ...(search ? forms.map((p) => origin + p) : []),
  ];
  return [...new Set(keys)];
};

/**
 * A short, stable tag of the precache list: the shell pages' cache is named by it, so a new
 * worker fetches them again and the old worker's copies go when it activates.
 */
export const versionOf = (
  entries: readonly (string | { url: string; revision?: string | null })[],
) => {
  let hash = 5381;
  for (const entry of entries) {
    const text = typeof entry === 'string' ? entry : `${entry.url}@${entry.revision ?? ''}`;
    for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 33) ^ text.charCodeAt(i)) >>> 0;
  }
  return hash.toString(36);
};

export const SHELL_CACHE_PREFIX = 'kwave-shell-';
