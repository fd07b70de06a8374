// A hash of source files by content: the code a build step runs. A changed file anywhere
// under the folders makes everything that step made from it stale (being wrong is worse
// than a rebuild).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hashOf } from './build-manifest.ts';

export const sourcesUnder = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && /\.(ts|tsx|css|json|mjs)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();

/** The hash of these files' names (relative to root) and bytes. */
export const filesKey = async (root: string, files: string[]) => {
  const parts = await Promise.all(
    files.map(async (f) => hashOf(f.slice(root.length), await readFile(f))),
  );
  return hashOf(...parts);
};
