// The server bundle: the same route tree the browser runs, compiled for Node with Vite, and
// answering its loaders' /data/... requests from the built site on disk.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import type * as RenderModule from './render.tsx';

export interface SsrBundle {
  renderUrl: typeof RenderModule.renderUrl;
  /** Removes the bundle: a build internal. */
  close: () => Promise<void>;
}

export const buildSsrBundle = async (root: string, dist: string): Promise<SsrBundle> => {
  // Inside node_modules so the bundle resolves React from it; a folder per run, so two builds
  // in one checkout (dist and dist-fixture) never share or delete each other's bundle.
  const outDir = await mkdtemp(join(root, 'node_modules', '.prerender-'));
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [react()],
    build: {
      ssr: 'src/prerender/render.tsx',
      outDir,
      emptyOutDir: true,
      rollupOptions: { output: { entryFileNames: 'render.mjs' } },
    },
  });
  const render = (await import(
    pathToFileURL(join(outDir, 'render.mjs')).href
  )) as typeof RenderModule;
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
  return {
    renderUrl: render.renderUrl,
    close: () => rm(outDir, { recursive: true, force: true }),
  };
};
