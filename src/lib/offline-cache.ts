// The Cache Storage cache where the app keeps what the reader saved to read later (a saved
// story's page HTML and its data JSON). The service worker (src/sw.ts) answers a request it
// cannot fetch from any cache, this one included, so a saved story opens offline; it never
// deletes or caps this cache: only the app does, when the reader unsaves.
import { dataPaths } from '../config/data-paths';
import { paths } from '../config/paths';

export const SAVED_CACHE = 'kwave-saved';

/** A saved story's page and data file, as the browser asks for them. */
export const savedUrls = (slug: string) => [paths.article.getHref(slug), dataPaths.article(slug)];

/**
 * Puts a saved story's page and data into the saved cache (or takes them out), so it opens
 * and reads in full without a connection. Best effort: no Cache Storage (plain http), no copy.
 */
export const keepOffline = async (slug: string, keep: boolean) => {
  if (typeof caches === 'undefined') return;
  const cache = await caches.open(SAVED_CACHE);
  await Promise.all(savedUrls(slug).map((url) => (keep ? cache.add(url) : cache.delete(url))));
};
