// A hash of the code and settings every page is made with: the app and build sources, the
// lockfile, the template and chunk manifest Vite wrote, and the public base URL. Any of them
// changed: every page is rendered again (pages are cheap; being wrong is not).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TEMPLATE_FILE } from '../../src/build/build-cache.ts';
import { hashOf } from '../../src/build/build-manifest.ts';

const sourcesUnder = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && /\.(ts|tsx|css|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();

export const sharedKeyOf = async (root: string, dist: string, baseUrl: string) => {
  const files = [
    ...(await sourcesUnder(join(root, 'src'))),
    join(root, 'package-lock.json'),
    join(dist, TEMPLATE_FILE),
    join(dist, '.vite/manifest.json'),
  ];
  const parts = await Promise.all(
    files.map(async (f) => hashOf(f.slice(root.length), await readFile(f))),
  );
  return hashOf(baseUrl, ...parts);
};
