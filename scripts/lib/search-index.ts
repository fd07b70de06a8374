// The full-text index, written by Pagefind's Node API into dist/pagefind/. Pagefind runs
// as its own process, so records sent while pages are prerendered are indexed on the other
// core at the same time; writeIndex waits for it at the end.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { compareText } from '../../src/content/compare.ts';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../../src/prerender/search-record.ts';

export interface SearchIndexer {
  /** `position`: the record's place in the index, 0, 1, 2, ... each once. */
  add: (record: SearchRecord, position: number) => void;
  /** Writes the index into `<dist>/pagefind` and stops the Pagefind process. */
  write: () => Promise<{ records: number }>;
}

const fail = (what: string, errors: string[]) => {
  throw new Error(`search index: ${what} failed: ${errors.join('; ')}`);
};

export const createSearchIndexer = async (dist: string): Promise<SearchIndexer> => {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) return fail('createIndex', errors);
  // One record at a time, in the order of their positions: Pagefind numbers pages as it
  // finishes them, so records sent as pages were rendered (a few at a time, in whatever order
  // their files were read) came out in another order each build and the index files
  // differed. A record that arrives early waits for those before it; the chain still runs
  // beside the prerendering, on the other core.
  const waiting = new Map<number, SearchRecord>();
  let next = 0;
  let chain: Promise<unknown> = Promise.resolve();
  const send = (record: SearchRecord) => {
    chain = chain.then(() =>
      index.addHTMLFile(record).then((r) => {
        if (r.errors.length) fail(`indexing ${record.url}`, r.errors);
      }),
    );
  };
  return {
    add: (record, position) => {
      waiting.set(position, record);
      for (let ready = waiting.get(next); ready; ready = waiting.get(next)) {
        waiting.delete(next++);
        send(ready);
      }
    },
    write: async () => {
      if (waiting.size) fail('adding', [`no record at position ${next}`]);
      await chain;
      // The files come back in memory and are written here: Pagefind's own writeFiles
      // answered before every file was on disk, and close() then killed its process
      // mid-write (a build left pagefind-entry.json empty, and search broken).
      const { files, errors } = await index.getFiles();
      if (errors.length) fail('getFiles', errors);
      await pagefind.close();
      const out = join(dist, 'pagefind');
      await rm(out, { recursive: true, force: true });
      for (const file of [...files].sort((a, b) => compareText(a.path, b.path))) {
        const target = join(out, file.path);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, file.content);
      }
      return { records: next };
    },
  };
};
