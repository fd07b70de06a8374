// The server bundle: the same route tree the browser runs, compiled for Node with Vite, and
// answering its loaders' /data/... requests from the built site on disk.
import { mkdir, mkdtemp, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { pruneCacheFolders } from '../build/cache-folders.ts';
import { pathToFileURL } from 'node:url';
import type * as RenderModule from './render.tsx';

export interface SsrBundle {
  renderUrl: typeof RenderModule.renderUrl;
}

/** Server bundles kept, newest first: a build of dist/ and one of dist-fixture/ keep theirs. */
const KEEP = 4;

/**
 * Builds the server bundle, or reuses the one built from the same code: `key` names
 * everything pages are made with (scripts/lib/code-key.ts). A build with one story added
 * renders a few pages and would otherwise spend seconds compiling the app for them.
 */
export const buildSsrBundle = async (
  root: string,
  dist: string,
  key: string,
): Promise<SsrBundle> => {
  // Inside node_modules so the bundle resolves React from it.
  const cache = join(root, 'node_modules', '.cache', 'kwave-ssr');
  const outDir = join(cache, key);
  const entry = join(outDir, 'render.mjs');
  if (!(await stat(entry).catch(() => null))) {
    // Built beside it, then renamed: a build that stops half-way leaves no half bundle.
    // Vite is loaded only when a bundle is built (half a second of every build otherwise).
    const [{ build }, { default: react }] = await Promise.all([
      import('vite'),
      import('@vitejs/plugin-react'),
    ]);
    await mkdir(cache, { recursive: true });
    const building = await mkdtemp(join(cache, '.building-'));
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      plugins: [react()],
      build: {
        ssr: 'src/prerender/render.tsx',
        outDir: building,
        emptyOutDir: true,
        rollupOptions: { output: { entryFileNames: 'render.mjs' } },
      },
    });
    // Another build of the same code may have got there first: its bundle is the same.
    await rename(building, outDir).catch(() => rm(building, { recursive: true, force: true }));
  }
  const now = new Date();
  await utimes(outDir, now, now);
  await pruneCacheFolders(cache, KEEP);
  const render = (await import(pathToFileURL(entry).href)) as typeof RenderModule;
  // Loaders fetch /data/... as in the browser; here the answer comes from dist/ on disk.
  render.setTransport(async (url) => {
    try {
      return new Response(await readFile(join(dist, new URL(url, 'http://x').pathname), 'utf8'), {
        headers: { 'content-type': 'application/json' },
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
  return { renderUrl: render.renderUrl };
};
