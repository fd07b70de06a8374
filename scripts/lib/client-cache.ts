// The app's bundle (what `vite build` writes: assets/, public/'s files, and the chunk
// manifest and page template in .vite/) kept by a hash of everything it is built from, in
// node_modules/.cache/kwave-client/<key>/. A build whose code is the last one's puts these
// files back instead of bundling again: at 10,000 stories a new story then costs the data
// step and a few pages, not seven seconds of Vite, and a warm build writes no file at all.
import {
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { hashOf } from '../../src/build/build-manifest.ts';
import { pruneCacheFolders } from '../../src/build/cache-folders.ts';
import { filesKey, sourcesUnder } from '../../src/build/source-key.ts';

/** Keys kept, newest first: a build of dist/ and of dist-fixture/ keep theirs. */
const KEEP = 4;

const filesIn = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();

/**
 * What the bundle is made from: the app's sources (and the build code under src/, which the
 * bundle's plugins import), index.html, public/, the Vite config and its plugins, the
 * lockfile and package.json, tsconfig, and the environment Vite reads (NODE_ENV, VITE_*).
 */
export const clientKeyOf = async (root: string, env: NodeJS.ProcessEnv) =>
  hashOf(
    await filesKey(root, [
      ...(await sourcesUnder(join(root, 'src'))),
      ...(await filesIn(join(root, 'public'))),
      ...(await sourcesUnder(join(root, 'scripts/lib'))),
      ...['index.html', 'vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'].map(
        (f) => join(root, f),
      ),
    ]),
    JSON.stringify(
      Object.entries(env)
        .filter(([name]) => name === 'NODE_ENV' || name.startsWith('VITE_'))
        .sort(),
    ),
  );

export const clientCacheDir = (root: string) =>
  join(root, 'node_modules', '.cache', 'kwave-client');

/** Copies Vite's files of this build (relative to `outDir`) into the cache under `key`. */
export const saveClient = async (cache: string, key: string, outDir: string, files: string[]) => {
  await mkdir(cache, { recursive: true });
  // Copied beside it, then renamed: a build that stops half-way leaves no half bundle.
  const building = await mkdtemp(join(cache, '.building-'));
  for (const file of files) {
    await mkdir(dirname(join(building, file)), { recursive: true });
    await copyFile(join(outDir, file), join(building, file));
  }
  await writeFile(join(building, 'files.json'), JSON.stringify(files));
  await rm(join(cache, key), { recursive: true, force: true });
  await rename(building, join(cache, key));
  await pruneCacheFolders(cache, KEEP);
};

/**
 * Puts the cached bundle of `key` into `outDir`, writing only files whose bytes differ.
 * Returns the bundle's files and those it wrote, or null when there is no such bundle (Vite must run).
 */
export const restoreClient = async (cache: string, key: string, outDir: string) => {
  const dir = join(cache, key);
  const list = await readFile(join(dir, 'files.json'), 'utf8').catch(() => null);
  if (list === null) return null;
  const files = JSON.parse(list) as string[];
  const written: string[] = [];
  for (const file of files) {
    const bytes = await readFile(join(dir, file));
    const there = await readFile(join(outDir, file)).catch(() => null);
    if (there?.equals(bytes)) continue;
    await mkdir(dirname(join(outDir, file)), { recursive: true });
    await writeFile(join(outDir, file), bytes);
    written.push(file);
  }
  const now = new Date();
  await utimes(dir, now, now);
  return { files, written };
};
