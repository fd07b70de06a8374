// The pipeline inside Vite: in `vite build` it writes the data files (data-step.ts;
// `npm run build` runs that step itself, beside Vite or without it, and this plugin then
// only lists Vite's files), and in `vite dev` serves the same JSON from memory and
// re-runs the pipeline whenever a seed changes, reusing what the last run read and tagged
// of every unchanged seed and story (run-memo.ts): at 10,000 stories a save re-runs the
// pipeline in a quarter of the time (`npm run bench`).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Logger, Plugin, ViteDevServer } from 'vite';
import { madeFile, type PlannedFiles } from './emit/emit.ts';
import { buildData, emitFromSeeds, exitOnContentError } from './data-step.ts';
import { loadSeeds } from './load-seeds.ts';
import { emptyPipelineMemo } from './pipeline.ts';
import { writeOutputs } from './write-outputs.ts';
import { emptyManifest } from '../build/build-manifest.ts';
import { buildCacheDir, bundleListPath, dataStepOutside } from '../build/build-cache.ts';

export interface ContentPluginOptions {
  /** Folder with the seed files; defaults to <root>/seeds. */
  seedsDir?: string;
  /**
   * Files other plugins write into the output folder when the bundle is closed (the service
   * worker, which vite-plugin-pwa builds then): recorded as Vite's own, after them.
   */
  closeBundleFiles?: string[];
}

const serveData = (server: ViteDevServer, getFiles: () => PlannedFiles | undefined) => {
  const types: Record<string, string> = {
    json: 'application/json',
    xml: 'application/xml',
    txt: 'text/plain',
  };
  server.middlewares.use((req, res, next) => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0]!).slice(1);
    const file = getFiles()?.get(path);
    if (file === undefined) return next();
    const body = madeFile(file);
    res.setHeader(
      'content-type',
      `${types[path.split('.').pop()!] ?? 'text/plain'}; charset=utf-8`,
    );
    res.end(body);
  });
};

export const contentPlugin = (options: ContentPluginOptions = {}): Plugin => {
  let root = process.cwd();
  // The data files; in a build, the last build's when nothing they are made from changed.
  let files: PlannedFiles | { kept: string[] } | undefined;
  let contentKey = '';
  // The last build's record, as the build read it (written to when the bundle is closed).
  let previous = emptyManifest();
  let outDir = 'dist';
  let publicDir = '';
  let command: 'build' | 'serve' = 'build';
  let bundleFiles: string[] | undefined;
  let logger: Logger | undefined;
  const seedsDir = () => resolve(root, options.seedsDir ?? 'seeds');
  // Kept between the dev server's runs; a build runs the pipeline once and keeps none.
  const memo = emptyPipelineMemo();

  return {
    name: 'kwave-content',
    configResolved(config) {
      root = config.root;
      command = config.command;
      logger = config.logger;
      outDir = resolve(root, config.build.outDir);
      publicDir = config.publicDir;
    },
    async buildStart() {
      this.addWatchFile(seedsDir());
      if (command === 'build') {
        // `npm run build` runs the data step itself, beside this bundling.
        if (dataStepOutside(process.env)) return;
        ({ files, contentKey, previous } = await buildData(root, seedsDir(), outDir, logger).catch(
          exitOnContentError,
        ));
        return;
      }
      files = emitFromSeeds(await loadSeeds(root, seedsDir()), logger, memo);
    },
    writeBundle(_options, bundle) {
      bundleFiles = Object.keys(bundle);
    },
    // Last of the closeBundle hooks, so files written there (the service worker) are on disk.
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler(error?: Error) {
        if (error || command !== 'build' || !bundleFiles) return;
        const bundle = [...bundleFiles, ...(options.closeBundleFiles ?? [])];
        if (dataStepOutside(process.env)) {
          const list = bundleListPath(buildCacheDir(root, outDir, process.env));
          await mkdir(dirname(list), { recursive: true });
          await writeFile(list, JSON.stringify(bundle));
          return;
        }
        // Written straight to disk rather than emitted as assets: at 10,000 stories Vite
        // would list some 30,000 files in its report. Only files whose bytes changed are
        // written (src/build/output-writer.ts); Vite's own files are recorded for the prerender.
        await writeOutputs({
          root,
          outDir,
          publicDir,
          files: files ?? new Map(),
          contentKey,
          previous,
          bundle,
          savePhase: true,
        });
      },
    },
    configureServer(server) {
      serveData(server, () => (files instanceof Map ? files : undefined));
      server.watcher.add(seedsDir());
      const rerun = async (path: string) => {
        if (!resolve(path).startsWith(seedsDir())) return;
        try {
          files = emitFromSeeds(await loadSeeds(root, seedsDir()), logger, memo);
          server.config.logger.info(`content: rebuilt after ${path}`, { timestamp: true });
          server.ws.send({ type: 'full-reload' });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          server.config.logger.error(message, { timestamp: true });
          server.ws.send({ type: 'error', err: { message, stack: '' } });
        }
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, rerun);
    },
  };
};
