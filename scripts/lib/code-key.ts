// A hash of the code and settings every page is made with: the app and build sources, the
// lockfile, the template and chunk manifest Vite wrote, and the public base URL. Any of them
// changed: every page is rendered again (pages are cheap; being wrong is not).
import { join } from 'node:path';
import { hashOf } from '../../src/build/build-manifest.ts';
import { filesKey, sourcesUnder } from '../../src/build/source-key.ts';

export const sharedKeyOf = async (root: string, dist: string, baseUrl: string) =>
  hashOf(
    baseUrl,
    await filesKey(root, [
      ...(await sourcesUnder(join(root, 'src'))),
      join(root, 'package-lock.json'),
      join(dist, 'index.html'),
      join(dist, '.vite/manifest.json'),
    ]),
  );
