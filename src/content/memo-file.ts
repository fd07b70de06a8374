// The pipeline's memo (run-memo.ts) kept between builds: a build that runs the pipeline
// reads the last one's per-seed and per-story results from the build cache folder and saves
// its own for the next. Every entry is keyed by the bytes it was made from and scoped by the
// knowledge it was read with (pipeline.ts, tagger.ts), as in the dev server; what a file
// adds is the code: a memo made by other code (any file under src/, the lockfile) or another
// Node (v8's format) is never read. `--clean` reads none (it still saves one).
//
// Kept: the memo whole but for the prepared lines, so a part added to it is kept too: the
// parsed seeds, the knowledge built (0.8 MB, ~10 ms to write and read back against 0.2-0.55 s
// to build), each story's stated titles, known names and discoveries and where the
// discovered names appear in it (tag/discovered-mentions.ts), and each story's features for
// the event clusterer (events/story-features.ts: 9 MB at 10,000 stories, ~0.1 s to write and
// read back against ~0.8 s to make again). Not kept: the prepared lines (tokens of every
// line), three quarters of the memo's bytes, which took longer to write and read back than
// to make again: at 10,000 stories, kept whole 130 MB, 3.1 s to serialise and 1.5 s to read;
// without them 39 MB, 0.3 s and 0.6 s. The tagger prepares a story only when a phase reads
// it again (a story added or changed, or every story when a scope changes).
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { hashOf } from '../build/build-manifest.ts';
import { emptyMemo } from './run-memo.ts';
import { emptyPipelineMemo, type PipelineMemo } from './pipeline.ts';

/** Bumped when what the file holds changes shape. */
const FORMAT = 7;
const MEMO_PREFIX = 'pipeline-memo-';

/** The memo whole, so a part added to PipelineMemo is kept with no edit here; `tags.read` empty. */
interface MemoFile {
  key: string;
  format: number;
  memo: PipelineMemo;
}

/**
 * The memo of one key: named by it, so a memo of other code is not even read (at 100,000
 * stories reading one took 5 s). The file also holds its key and format, checked when read.
 */
export const memoPath = (cacheDir: string, key: string) =>
  join(cacheDir, `${MEMO_PREFIX}${key}.v8`);

/** What a memo must have been made with to be read: the code's key, this Node, the format. */
export const memoKeyOf = (codeKey: string) => hashOf(String(FORMAT), codeKey, process.version);

/** The last build's memo if made with the same code; otherwise (or unreadable) an empty one. */
export const loadMemo = async (path: string, key: string): Promise<PipelineMemo> => {
  try {
    const file = deserialize(await readFile(path)) as MemoFile;
    // The key names the format too (memoKeyOf); the format is checked on its own as well,
    // so a file of another shape is never taken for a memo, whatever made the key.
    if (file.key !== key || file.format !== FORMAT) return emptyPipelineMemo();
    return file.memo;
  } catch {
    // None yet, or cut short: the run makes everything, as a first build does.
    return emptyPipelineMemo();
  }
};

/**
 * Saves a run's memo; written beside and renamed, so a stopped build leaves no half file.
 * Memos of other keys in the folder go: only the newest code's is read.
 */
export const saveMemo = async (path: string, key: string, memo: PipelineMemo) => {
  const file: MemoFile = {
    key,
    format: FORMAT,
    // A copy: the caller's memo keeps its prepared lines.
    memo: { ...memo, tags: { ...memo.tags, read: emptyMemo() } },
  };
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const part = `${path}.${process.pid}.part`;
  try {
    await writeFile(part, serialize(file));
    await rename(part, path);
  } finally {
    await rm(part, { force: true });
  }
  const others = (await readdir(dir)).filter(
    (name) => name.startsWith(MEMO_PREFIX) && name.endsWith('.v8') && join(dir, name) !== path,
  );
  await Promise.all(others.map((name) => rm(join(dir, name), { force: true })));
};
