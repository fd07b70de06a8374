// The one writer of the built site (data, pages, feeds, search files, .br/.gz twins; cards
// and Vite's files are recorded): it skips a file whose bytes, or whose inputs, are what the
// previous build recorded, and at the end deletes what that build wrote and this one did
// not. The record lives beside node_modules' other caches (build-cache.ts), not in dist/.
import { fdir } from 'fdir';
import { mkdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  canKeep,
  emptyManifest,
  hashOf,
  outputKey,
  staleOutputs,
  type BuildManifest,
  type OutputEntry,
} from './build-manifest.ts';

export interface WriterStats {
  written: number;
  kept: number;
  deleted: number;
}

export interface OutputWriterOptions {
  outDir: string;
  /** The previous build's record (empty on a first or clean build). */
  previous: BuildManifest;
  /** What this build recorded so far (the content plugin's phase, for the prerender). */
  current?: BuildManifest;
  /** Paths another tool wrote in this build: never skipped. */
  touched?: Iterable<string>;
  /** Ignore the previous record: write everything, delete every file not written. */
  clean: boolean;
  /**
   * The files in the output folder, as an earlier step of this build left them (its
   * writer's `present()`) or as a listing started early found them (`filesUnder`): not
   * listed again. Listing took 2 s at 100,000 stories.
   */
  present?: Iterable<string> | Promise<Iterable<string>>;
}

const readJson = async <T>(path: string): Promise<T | undefined> => {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
};

export const readManifest = async (path: string) =>
  (await readJson<BuildManifest>(path)) ?? emptyManifest();

export const saveManifest = async (path: string, manifest: BuildManifest) => {
  await mkdir(dirname(path), { recursive: true });
  // Sorted keys: the record itself is repeatable.
  // The default sort compares UTF-16 code units, as `<` does, without a JavaScript
  // comparator: 775,000 paths at 100,000 stories.
  const outputs: BuildManifest['outputs'] = {};
  for (const path of Object.keys(manifest.outputs).sort()) outputs[path] = manifest.outputs[path]!;
  await writeFile(path, `${JSON.stringify({ ...manifest, outputs })}\n`);
};

/** Present while a build into the record's folder runs: removed when it saves its record. */
const runningMarker = (manifestFile: string) => join(dirname(manifestFile), 'building');

/**
 * Called first by a build. When the last build did not finish (killed after writing some
 * files, before saving its record), the record no longer says what the output folder
 * holds: a file it lists as made from some inputs may hold the stopped build's bytes, and a
 * revert would keep them. That record is set aside, so this build is clean. True then.
 */
export const beginRecord = async (manifestFile: string) => {
  const marker = runningMarker(manifestFile);
  const unfinished = await readFile(marker).then(
    () => true,
    () => false,
  );
  if (unfinished) await rm(manifestFile, { force: true });
  await mkdir(dirname(marker), { recursive: true });
  await writeFile(marker, `${process.pid}\n`);
  return unfinished;
};

/** Saves the record a build ends with, and marks the build finished. */
export const finishRecord = async (manifestFile: string, manifest: BuildManifest) => {
  await saveManifest(manifestFile, manifest);
  await rm(runningMarker(manifestFile), { force: true });
};

/**
 * Every file under a folder, relative to it with forward slashes. fdir (Vite's own crawler,
 * through tinyglobby) lists the 910,000 files of a 100,000-story site in 2.0 s, where Node's
 * recursive `readdirSync` took 7.1 s; it is a promise, so a build can list while it works.
 */
export const filesUnder = async (dir: string) => {
  try {
    // Files only, as the record holds them: a link is not one (Node's Dirent.isFile said so).
    const files = await new fdir({ excludeSymlinks: true })
      .withRelativePaths()
      .withPathSeparator('/')
      .crawl(dir)
      .withPromise();
    return new Set(files);
  } catch {
    return new Set<string>();
  }
};

/**
 * Whether a record lists any output, without an array of them all: V8 still gathers the keys
 * for `for...in` (0.8 s at 100,000 stories, where `Object.keys` took 2.2 s).
 */
const hasAny = (outputs: BuildManifest['outputs']) => {
  for (const _ in outputs) return true;
  return false;
};

/** 'a/b/c.json' -> 'a', 'robots.txt' -> '': how previousPaths groups the record. */
const topFolder = (path: string) => path.slice(0, Math.max(0, path.indexOf('/')));

/** The folders a path is in, innermost first: 'a/b/c.json' -> ['a/b', 'a']. */
const foldersOf = (path: string) => {
  const folders: string[] = [];
  for (let dir = dirname(path); dir !== '.' && dir !== '/' && dir !== ''; dir = dirname(dir))
    folders.push(dir);
  return folders;
};

export const createOutputWriter = async (options: OutputWriterOptions) => {
  const { outDir } = options;
  // No record (a first build into this folder, a wiped cache): nothing says which files
  // there an older build left, so the build is clean, as Vite's emptyOutDir was.
  const clean = options.clean || !hasAny(options.previous.outputs);
  const previous = clean ? emptyManifest() : options.previous;
  const current: BuildManifest = options.current ?? emptyManifest();
  // One listing, not a stat a file: a file deleted by hand is written again.
  // An earlier step's set is taken over, not copied: that step's writer is done with it.
  const given = await options.present;
  const onDisk =
    given instanceof Set
      ? (given as Set<string>)
      : given
        ? new Set(given)
        : await filesUnder(outDir);
  const touched = new Set([...(options.touched ?? [])].map(outputKey));
  const stats: WriterStats = { written: 0, kept: 0, deleted: 0 };
  const made = new Set<string>();
  let byFolder: Map<string, string[]> | undefined;

  const keepable = (path: string, want: { h?: string; k?: string }) => {
    const key = outputKey(path);
    return canKeep(previous.outputs[key], want, onDisk.has(key), touched.has(key));
  };
  const record = (path: string, entry: OutputEntry) => {
    current.outputs[outputKey(path)] = entry;
  };

  return {
    stats,
    current,
    /** The entry this build recorded for a path. */
    entry: (path: string): OutputEntry | undefined => current.outputs[outputKey(path)],
    /** The previous build's entry, when the file is still there. */
    previousEntry: (path: string): OutputEntry | undefined =>
      keepable(path, {}) ? previous.outputs[outputKey(path)] : undefined,
    /**
     * Writes a file unless the same bytes are there. True when it wrote. `k`: what it was
     * made from; `i`: its planned inputs' key (keepIfInputs).
     */
    write: async (path: string, body: string | Uint8Array, k?: string, i?: string) => {
      const h = hashOf(body);
      record(path, { h, ...(k === undefined ? {} : { k }), ...(i === undefined ? {} : { i }) });
      if (keepable(path, { h })) {
        stats.kept++;
        return false;
      }
      const target = join(outDir, outputKey(path));
      const dir = dirname(target);
      if (!made.has(dir)) {
        await mkdir(dir, { recursive: true });
        made.add(dir);
      }
      await writeFile(target, body);
      onDisk.add(outputKey(path));
      stats.written++;
      return true;
    },
    /** True, and the output recorded as kept, when the previous build made it from `k`. */
    keepIfMadeFrom: (path: string, k: string) => {
      if (!keepable(path, { k })) return false;
      const entry = previous.outputs[outputKey(path)]!;
      record(path, entry);
      if (!entry.n) stats.kept++;
      return true;
    },
    /**
     * True, and the output recorded as kept (made from `k`), when the previous build made it
     * from the inputs `i` (a data file planned by key): it is not made again.
     */
    keepIfInputs: (path: string, i: string, k: string) => {
      const entry = previous.outputs[outputKey(path)];
      if (entry?.i !== i || !keepable(path, {})) return false;
      record(path, { ...entry, k });
      stats.kept++;
      return true;
    },
    /**
     * Records that the output at `path`, made from `k`, is no file (a compressed twin that
     * would not be smaller): the next build made from the same `k` keeps that decision
     * without making it again. A file an earlier build left there goes.
     */
    decline: async (path: string, k: string) => {
      record(path, { h: '', k, n: true });
      if (onDisk.delete(outputKey(path))) await rm(join(outDir, outputKey(path)), { force: true });
    },
    /**
     * The files in the output folder now, as far as this writer knows: handed to the next
     * step's writer, not copied, which takes it as its own.
     */
    present: (): Set<string> => onDisk,
    /** The previous build's outputs under a folder (e.g. 'pagefind/'). */
    previousPaths: (prefix: string) => {
      // A prefix within the first folder's name ('pagef') is not a folder's: every path.
      if (!prefix.includes('/'))
        return Object.keys(previous.outputs).filter((path) => path.startsWith(prefix));
      // Grouped once by first folder: a pass over 775,000 paths a call cost 0.3 s at
      // 100,000 stories, and the search index asks once a part.
      if (!byFolder) {
        byFolder = new Map();
        for (const path of Object.keys(previous.outputs)) {
          const folder = topFolder(path);
          const paths = byFolder.get(folder);
          if (paths) paths.push(path);
          else byFolder.set(folder, [path]);
        }
      }
      return (byFolder.get(topFolder(prefix)) ?? []).filter((path) => path.startsWith(prefix));
    },
    /** Adds what a page was made from to its entry in this build's record (build-pages.ts). */
    annotate: (path: string, more: Pick<OutputEntry, 'd' | 'c' | 'r'>) => {
      const entry = current.outputs[outputKey(path)];
      if (entry) record(path, { ...entry, ...more });
    },
    /** Records a file another tool put there in this build (Vite's bundle, a share card). */
    register: (path: string, entry: OutputEntry) => record(path, entry),
    /** Deletes what the previous build wrote and this one did not (clean: every other file). */
    finish: async () => {
      const stale = clean
        ? [...(await filesUnder(outDir))].filter((p) => !(p in current.outputs))
        : staleOutputs(options.previous, current);
      for (const path of stale) await rm(join(outDir, path), { force: true });
      // Folders left empty go too (a part of the search index, a deleted tag's data):
      // deepest first, and a folder that still holds anything stays.
      const folders = new Set(stale.flatMap((path) => foldersOf(path)));
      for (const folder of [...folders].sort((a, b) => b.length - a.length))
        await rmdir(join(outDir, folder)).catch(() => undefined);
      stats.deleted = stale.length;
      return current;
    },
  };
};

export type OutputWriter = Awaited<ReturnType<typeof createOutputWriter>>;
