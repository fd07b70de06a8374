// The full-text index, written by Pagefind's Node API through the build's writer, in parts
// by story date (search-parts.ts): each part is a Pagefind bundle of its own under
// pagefind/parts/<part>/, made from a hash of its records' keys (each changes with its
// record). Pagefind cannot add to an index, so a changed record rebuilds its part; the other
// parts are kept as they are, and their records are not even made.
// The browser loads the first part and merges the others (src/features/search/api/full-text.ts).
import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { compareText } from '../../src/content/compare.ts';
import { hashOf } from '../../src/build/build-manifest.ts';
import { inBatches } from '../../src/content/emit/write-files.ts';
import type { OutputWriter } from '../../src/build/output-writer.ts';
import type { PendingRecord, SearchRecord } from '../../src/prerender/search-record.ts';
import { PARTS_LIST, partFolder, partsList, splitIntoParts, type Part } from './search-parts.ts';

export interface SearchIndexStats {
  records: number;
  parts: number;
  /** The parts indexed again in this build, with their record counts. */
  rebuilt: { name: string; records: number }[];
}

export interface SearchIndexer {
  /** `position`: the record's place in the index, 0, 1, 2, ... each once. */
  add: (record: PendingRecord, position: number) => void;
  /** Writes the parts whose records changed, keeps the others, and the list of parts. */
  write: (writer: OutputWriter) => Promise<SearchIndexStats>;
}

const fail = (what: string, errors: string[]): never => {
  throw new Error(`search index: ${what} failed: ${errors.join('; ')}`);
};

// A new Pagefind writes other files from the same records: its version is in every key.
// (Its package.json is not exported: read beside its entry point, lib/index.js.)
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as {
    version: string;
  }
).version;

/** The one script the app imports; every part's bundle has the same copy. */
const SCRIPT = 'pagefind.js';
/**
 * What a part's folder keeps of Pagefind's bundle: its entry, metadata, chunks, fragments
 * and the WebAssembly (fetched from the primary part's folder; 72 KB a part on disk).
 * The UI scripts, the worker (the app runs on the main thread) and wasm.unknown are dropped.
 */
const KEPT =
  /^(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.en\.pagefind|(index|fragment|filter)\/.+)$/;

interface BuiltPart {
  files: { path: string; content: Uint8Array }[];
  script: Uint8Array;
}

/** One part's Pagefind bundle, in memory. */
const buildPart = async (records: SearchRecord[]): Promise<BuiltPart> => {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) return fail('createIndex', errors);
  for (const { url, content } of records) {
    const r = await index.addHTMLFile({ url, content });
    if (r.errors.length) fail(`indexing ${url}`, r.errors);
  }
  // The files come back in memory and are written here: Pagefind's own writeFiles
  // answered before every file was on disk, and close() then killed its process
  // mid-write (a build left pagefind-entry.json empty, and search broken).
  const { files, errors: fileErrors } = await index.getFiles();
  if (fileErrors.length) fail('getFiles', fileErrors);
  await index.deleteIndex();
  const script = files.find((f) => f.path === SCRIPT);
  if (!script) return fail('getFiles', [`no ${SCRIPT}`]);
  return {
    files: files.filter((f) => KEPT.test(f.path)).sort((a, b) => compareText(a.path, b.path)),
    script: script.content,
  };
};

/** True, with every file of the part kept, when the last build made them all from `key`. */
const keepPart = (writer: OutputWriter, folder: string, key: string) => {
  const previous = writer.previousPaths(folder).filter((p) => !/\.(br|gz)$/.test(p));
  // Checked before any is kept: a part kept by halves would leave stale chunks recorded.
  const whole =
    previous.includes(`${folder}pagefind-entry.json`) &&
    previous.every((p) => writer.previousEntry(p)?.k === key);
  return whole && previous.every((p) => writer.keepIfMadeFrom(p, key));
};

export const createSearchIndexer = (): SearchIndexer => {
  // In the order of their positions: Pagefind numbers pages as it takes them, so the same
  // records in another order gave other index files.
  const records: PendingRecord[] = [];
  return {
    add: (record, position) => {
      records[position] = record;
    },
    write: async (writer) => {
      const missing = records.findIndex((r) => r === undefined);
      if (missing >= 0) fail('adding', [`no record at position ${missing}`]);
      const parts: Part<PendingRecord>[] = splitIntoParts(records);
      const rebuilt: SearchIndexStats['rebuilt'] = [];
      let script: Uint8Array | undefined;
      for (const part of parts) {
        const folder = partFolder(part.name);
        const keys = part.records.map((r) => [r.url, r.key]);
        const key = hashOf(JSON.stringify([PAGEFIND_VERSION, part.name, keys]));
        if (keepPart(writer, folder, key)) continue;
        // A few at a time, in their order: the records are read from the data files.
        const made: SearchRecord[] = [];
        await inBatches(
          part.records.map((record, i) => ({ record, i })),
          async ({ record, i }) => {
            made[i] = await record.make();
          },
        );
        const built = await buildPart(made);
        script = built.script;
        for (const file of built.files)
          await writer.write(`${folder}${file.path}`, file.content, key);
        rebuilt.push({ name: part.name, records: part.records.length });
      }
      // The script is the same for every part: kept by Pagefind's version, or taken from
      // a part built now, or (nothing rebuilt and no script kept) from an empty index.
      const scriptPath = `pagefind/${SCRIPT}`;
      if (!writer.keepIfMadeFrom(scriptPath, PAGEFIND_VERSION)) {
        script ??= (await buildPart([])).script;
        await writer.write(scriptPath, script, PAGEFIND_VERSION);
      }
      if (rebuilt.length || script) await pagefind.close();
      await writer.write(PARTS_LIST, `${JSON.stringify(partsList(parts))}\n`);
      return { records: records.length, parts: parts.length, rebuilt };
    },
  };
};
