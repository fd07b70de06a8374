// The Cache Storage cache that holds saved stories (their page and data) so they open
// without a connection: the app fills it when a story is saved, the service worker answers
// from it (caches.match looks in every cache).
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
