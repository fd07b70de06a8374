// The pipeline's memo (run-memo.ts) kept between builds: a build that runs the pipeline
// reads the last one's per-seed and per-story results from the build cache folder and saves
// its own for the next. Every entry is keyed by the bytes it was made from and scoped by the
// knowledge it was read with (pipeline.ts, tagger.ts), as in the dev server; what a file
// adds is the code: a memo made by other code (any file under src/, the lockfile) or another
// Node (v8's format) is never read. `--clean` reads none (it still saves one).
//
// Kept: every part of the memo but the prepared lines, so a part added to it is kept too: the
// parsed seeds, the knowledge built (0.8 MB, ~10 ms to write and read back against 0.2-0.55 s
// to build), each story's stated titles, known names and discoveries and where the
// discovered names appear in it (tag/discovered-mentions.ts), and each story's features for
// the event clusterer (events/story-features.ts: 9 MB at 10,000 stories, ~0.1 s to write and
// read back against ~0.8 s to make again). Not kept: the prepared lines (tokens of every
// line), three quarters of the memo's bytes, which took longer to write and read back than
// to make again: at 10,000 stories, kept whole 130 MB, 3.1 s to serialise and 1.5 s to read;
// without them 39 MB, 0.3 s and 0.6 s. The tagger prepares a story only when a phase reads
// it again (a story added or changed, or every story when a scope changes).
//
// In buckets: each part's entries are spread over BUCKETS files by a hash of their key, and a
// build rewrites only the buckets whose keys changed. An entry's value is what its key (the
// bytes it was made from) makes, so a bucket with the same keys and scope holds the same
// values: one story added at 100,000 rewrites a bucket of each part (~8 MB), where saving
// the memo whole (525 MB) took 7-11 s.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { hashOf } from '../build/build-manifest.ts';
import type { RunMemo } from './run-memo.ts';
import { emptyPipelineMemo, type PipelineMemo } from './pipeline.ts';

/** Bumped when what the files hold changes shape. */
const FORMAT = 9;
const MEMO_PREFIX = 'pipeline-memo-';
/** Files a part is spread over: one story's change rewrites 1/64 of a part. */
export const BUCKETS = 64;
/** Parts not saved (the prepared lines: see above). */
const NOT_SAVED = new Set(['tags.read']);

/** One bucket of one part: what each file holds. */
interface BucketFile {
  key: string;
  format: number;
  part: string;
  bucket: number;
  scope: string;
  /** When it was saved (ms): after a save cut short, the newest bucket's scope is read. */
  saved: number;
  entries: Map<string, unknown>;
}

/**
 * The memo of one key: a folder named by it, so a memo of other code is not even read (at
 * 100,000 stories reading one took 5 s). Each file also holds its key and format, checked when read.
 */
export const memoPath = (cacheDir: string, key: string) => join(cacheDir, `${MEMO_PREFIX}${key}`);

/** What a memo must have been made with to be read: the code's key, this Node, the format. */
export const memoKeyOf = (codeKey: string) => hashOf(String(FORMAT), codeKey, process.version);

const isRunMemo = (value: unknown): value is RunMemo<unknown> =>
  value instanceof Object && 'entries' in value && value.entries instanceof Map;

/** Every RunMemo in a memo by its path ('seeds', 'tags.known'): a part added is found too. */
const partsOf = (memo: object, at = ''): [string, RunMemo<unknown>][] =>
  Object.entries(memo).flatMap(([name, value]: [string, unknown]) => {
    const path = `${at}${name}`;
    if (isRunMemo(value)) return [[path, value]];
    return value instanceof Object ? partsOf(value, `${path}.`) : [];
  });

/** FNV-1a of a string: which bucket a key goes to, and what a bucket's signature sums. */
const fnv = (text: string, seed = 0x811c9dc5) => {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
};

/**
 * The keys a bucket holds and its scope, order aside. Two sets of keys with one signature
 * would leave the older bucket on disk: entries the run does not use, or lacks and makes
 * again; never a wrong result (an entry is what its key makes).
 */
const signatureOf = (scope: string, keys: string[]) => {
  let sum = 0;
  let mixed = 0;
  for (const key of keys) {
    sum = (sum + fnv(key)) >>> 0;
    mixed = (mixed ^ fnv(key, 0x9747b28c)) >>> 0;
  }
  return `${scope}\0${keys.length}\0${sum}\0${mixed}`;
};

const bucketOf = (key: string) => fnv(key) % BUCKETS;
const fileName = (part: string, bucket: number) => `${part}.${bucket}.v8`;

/** The signatures of the buckets a memo was read with, by part: unchanged ones are not saved. */
const readWith = new WeakMap<RunMemo<unknown>, Map<number, string>>();

const readBucket = async (path: string, key: string) => {
  try {
    const file = deserialize(await readFile(path)) as BucketFile;
    // The key names the format too (memoKeyOf); the format is checked on its own as well,
    // so a file of another shape is never taken for a memo, whatever made the key.
    return file.key === key && file.format === FORMAT && file.entries instanceof Map ? file : null;
  } catch {
    // Cut short, or not a memo: its entries are made again.
    return null;
  }
};

/**
 * The last build's memo if made with the same code; otherwise an empty one. A bucket that
 * cannot be read (cut short, of other code or format) loses only its own entries.
 */
export const loadMemo = async (path: string, key: string): Promise<PipelineMemo> => {
  const memo = emptyPipelineMemo();
  const names = await readdir(path).catch((): string[] => []);
  const files = await Promise.all(
    names.filter((name) => name.endsWith('.v8')).map((name) => readBucket(join(path, name), key)),
  );
  const parts = new Map(partsOf(memo));
  const read = files.filter((f): f is BucketFile => f !== null && parts.has(f.part));
  // A build stopped while saving can leave buckets of two scopes: the newest one's is read.
  const newest = new Map<string, BucketFile>();
  for (const file of read)
    if ((newest.get(file.part)?.saved ?? -Infinity) < file.saved) newest.set(file.part, file);
  for (const file of read) {
    const part = parts.get(file.part)!;
    const scope = newest.get(file.part)!.scope;
    if (file.scope !== scope) continue;
    part.scope = scope;
    let signatures = readWith.get(part);
    if (!signatures) readWith.set(part, (signatures = new Map()));
    for (const [entry, value] of file.entries) part.entries.set(entry, value);
    signatures.set(file.bucket, signatureOf(file.scope, [...file.entries.keys()]));
  }
  return memo;
};

/** Writes beside and renames, so a stopped build leaves no half file. */
const writeWhole = async (path: string, bytes: Uint8Array) => {
  const part = `${path}.${process.pid}.part`;
  try {
    await writeFile(part, bytes);
    await rename(part, path);
  } finally {
    await rm(part, { force: true });
  }
};

/**
 * Saves a run's memo: the buckets whose keys or scope changed since it was read. Memos of
 * other keys in the folder go: only the newest code's is read.
 */
export const saveMemo = async (path: string, key: string, memo: PipelineMemo) => {
  await mkdir(path, { recursive: true });
  const saved = Date.now();
  // A save cut short leaves its half-written files (named by its process): they go.
  const leftovers = (await readdir(path)).filter(
    (name) => name.endsWith('.part') && !name.endsWith(`.${process.pid}.part`),
  );
  const writes: Promise<void>[] = leftovers.map((name) => rm(join(path, name), { force: true }));
  for (const [name, part] of partsOf(memo)) {
    if (NOT_SAVED.has(name)) continue;
    const buckets = Array.from({ length: BUCKETS }, () => new Map<string, unknown>());
    for (const [entry, value] of part.entries) buckets[bucketOf(entry)]!.set(entry, value);
    const before = readWith.get(part) ?? new Map<number, string>();
    const after = new Map<number, string>();
    buckets.forEach((entries, bucket) => {
      const signature = signatureOf(part.scope, [...entries.keys()]);
      if (entries.size) after.set(bucket, signature);
      if (before.get(bucket) === signature) return;
      const file = join(path, fileName(name, bucket));
      if (!entries.size) {
        writes.push(rm(file, { force: true }));
        return;
      }
      const bucketFile: BucketFile = {
        saved,
        key,
        format: FORMAT,
        part: name,
        bucket,
        scope: part.scope,
        entries,
      };
      writes.push(writeWhole(file, serialize(bucketFile)));
    });
    readWith.set(part, after);
  }
  await Promise.all(writes);
  const cacheDir = join(path, '..');
  const others = (await readdir(cacheDir)).filter(
    (name) => name.startsWith(MEMO_PREFIX) && join(cacheDir, name) !== path,
  );
  await Promise.all(
    others.map((name) => rm(join(cacheDir, name), { recursive: true, force: true })),
  );
};
