// The full-text index, written by Pagefind's Node API into dist/pagefind/ through the build's
// writer. Records are collected as pages are loaded; the index is built only when they
// differ from the last build's (Pagefind cannot add to an index: a change builds it whole).
import { compareText } from '../../src/content/compare.ts';
import * as pagefind from 'pagefind';
import { hashOf } from '../../src/build/build-manifest.ts';
import type { OutputWriter } from '../../src/build/output-writer.ts';
import type { SearchRecord } from '../../src/prerender/search-record.ts';

export interface SearchIndexer {
  /** `position`: the record's place in the index, 0, 1, 2, ... each once. */
  add: (record: SearchRecord, position: number) => void;
  /** Writes the index into `pagefind/` unless its records are the last build's. */
  write: (writer: OutputWriter) => Promise<{ records: number; rebuilt: boolean }>;
}

const fail = (what: string, errors: string[]): never => {
  throw new Error(`search index: ${what} failed: ${errors.join('; ')}`);
};

/** The file Pagefind's script starts from: kept or rebuilt with the rest. */
const ENTRY = 'pagefind/pagefind-entry.json';

export const createSearchIndexer = (): SearchIndexer => {
  // In the order of their positions: Pagefind numbers pages as it takes them, so the same
  // records in another order gave other index files.
  const records: SearchRecord[] = [];
  return {
    add: (record, position) => {
      records[position] = record;
    },
    write: async (writer) => {
      const missing = records.findIndex((r) => r === undefined);
      if (missing >= 0) fail('adding', [`no record at position ${missing}`]);
      const key = hashOf(JSON.stringify(records));
      const previous = writer.previousPaths('pagefind/').filter((p) => !/\.(br|gz)$/.test(p));
      if (previous.includes(ENTRY) && previous.every((p) => writer.keepIfMadeFrom(p, key)))
        return { records: records.length, rebuilt: false };
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) return fail('createIndex', errors);
      for (const record of records) {
        const r = await index.addHTMLFile(record);
        if (r.errors.length) fail(`indexing ${record.url}`, r.errors);
      }
      // The files come back in memory and are written here: Pagefind's own writeFiles
      // answered before every file was on disk, and close() then killed its process
      // mid-write (a build left pagefind-entry.json empty, and search broken).
      const { files, errors: fileErrors } = await index.getFiles();
      if (fileErrors.length) fail('getFiles', fileErrors);
      await pagefind.close();
      for (const file of [...files].sort((a, b) => compareText(a.path, b.path)))
        await writer.write(`pagefind/${file.path}`, file.content, key);
      return { records: records.length, rebuilt: true };
    },
  };
};
