// What a page is made from, as the prerender keys it: the data files its load reads (noted
// as it reads them), their hashes as this build's data step recorded them, the site-wide files
// its type declares, and what every page shares (code, template, SITE_URL). The record keeps
// the files a page read; the next build recomputes the key from their new hashes and keeps
// the page when it is the same, without reading anything: a page's data is a function of
// those files' bytes (and the code, in the shared key).
import { AsyncLocalStorage } from 'node:async_hooks';
import { hashOf } from '../build/build-manifest.ts';

const reading = new AsyncLocalStorage<Set<string>>();

/** Notes a data file read, when inside `readsOf` (pages' loads run a few at a time). */
export const noteRead = (path: string) => {
  reading.getStore()?.add(path);
};

/** Runs a page's load; its data and the data files it read, sorted. */
export const readsOf = async <T>(load: () => Promise<T>) => {
  const files = new Set<string>();
  const data = await reading.run(files, load);
  return { data, files: [...files].sort() };
};

export interface PageKeyParts {
  /** Hash of what every page shares. */
  shared: string;
  type: string;
  url: string;
  /** Hashes of the site-wide data files the type declares. */
  wide: string[];
  /** This build's hash of a data file, or 'missing'. */
  hashOfFile: (path: string) => string;
}

/** A page's key, from the data files it reads. */
export const pageKey = ({ shared, type, url, wide, hashOfFile }: PageKeyParts, files: string[]) =>
  hashOf(shared, type, url, ...files.flatMap((f) => [f, hashOfFile(f)]), ...wide);
