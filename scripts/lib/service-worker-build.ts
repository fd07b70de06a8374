// vite-plugin-pwa's half of the build (decision 0028): it bundles src/sw.ts into sw.js when
// Vite closes the bundle and injects the precache list, which Workbox makes by globbing the
// output folder. That folder is not emptied between builds (it still holds the last build's
// pages, share cards and, until the prerender deletes them, its old assets), so the list is
// cut to this build's own files: what Vite bundled and what public/ holds. Else a build
// after another would precache more than a clean one and sw.js would differ between them
// (tests/dist/incremental.test.ts).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** The worker's file in the output folder. */
export const SW_FILE = 'sw.js';

export const serviceWorker = (): Plugin[] => {
  const ours = new Set<string>();
  const collect: Plugin = {
    name: 'kwave:service-worker-files',
    apply: 'build',
    configResolved(config) {
      if (!config.publicDir) return;
      for (const e of readdirSync(config.publicDir, { recursive: true, withFileTypes: true }))
        if (e.isFile()) ours.add(relative(config.publicDir, join(e.parentPath, e.name)));
    },
    writeBundle(_options, bundle) {
      for (const file of Object.keys(bundle)) ours.add(file);
    },
  };
  return [
    collect,
    ...VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      // Registered by the app itself after load (src/lib/service-worker.ts), and the web
      // manifest is public/manifest.webmanifest, linked from index.html.
      injectRegister: false,
      manifest: false,
      injectManifest: {
        // The app's code and styles, the icons and the web manifest; no pages: they are
        // prerendered after this runs (the worker fetches its few at install, src/sw.ts).
        globPatterns: ['assets/*.{js,css}', '*.{svg,png,webmanifest}'],
        manifestTransforms: [
          async (entries) => ({ manifest: entries.filter((e) => ours.has(e.url)), warnings: [] }),
        ],
      },
    }),
  ];
};
