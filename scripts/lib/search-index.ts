// The full-text index, written by Pagefind's Node API into dist/pagefind/. Pagefind runs
// as its own process, so records sent while pages are prerendered are indexed on the other
// core at the same time; writeIndex waits for it at the end.
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../../src/prerender/search-record.ts';

export interface SearchIndexer {
  add: (record: SearchRecord) => void;
  /** Writes the index into `<dist>/pagefind` and stops the Pagefind process. */
  write: () => Promise<{ records: number }>;
}

const fail = (what: string, errors: string[]) => {
  throw new Error(`search index: ${what} failed: ${errors.join('; ')}`);
};

export const createSearchIndexer = async (dist: string): Promise<SearchIndexer> => {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) return fail('createIndex', errors);
  const pending: Promise<unknown>[] = [];
  return {
    add: (record) => {
      pending.push(
        index.addHTMLFile(record).then((r) => {
          if (r.errors.length) fail(`indexing ${record.url}`, r.errors);
        }),
      );
    },
    write: async () => {
      await Promise.all(pending);
      const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
      if (written.errors.length) fail('writeFiles', written.errors);
      await pagefind.close();
      return { records: pending.length };
    },
  };
};
