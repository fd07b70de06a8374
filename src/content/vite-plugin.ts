// The build-time entry point of the pipeline: runs it when Vite starts, writes the JSON
// into the bundle as assets, and in `vite dev` serves the same JSON from memory and
// re-runs the pipeline whenever a seed changes, reusing what the last run read and tagged
// of every unchanged seed and story (run-memo.ts): at 10,000 stories a save re-runs the
// pipeline in a quarter of the time (`npm run bench`).
import { resolve } from 'node:path';
import type { Logger, Plugin, ViteDevServer } from 'vite';
import { siteUrlOf } from '../config/site.ts';
import { emitData, type EmittedFiles } from './emit/emit.ts';
import { contentKeyOf } from './content-key.ts';
import { loadSeeds, type LoadedSeeds } from './load-seeds.ts';
import { runPipeline, type PipelineMemo, emptyPipelineMemo } from './pipeline.ts';
import { ContentError } from './problems.ts';
import { dataMadeFrom, writeOutputs } from './write-outputs.ts';
import { buildNotices } from './emit/notices.ts';

export interface ContentPluginOptions {
  /** Folder with the seed files; defaults to <root>/seeds. */
  seedsDir?: string;
}

const build = async (
  loaded: LoadedSeeds,
  logger?: Logger,
  memo?: PipelineMemo,
): Promise<EmittedFiles> => {
  const result = runPipeline({ ...loaded, memo });
  if (!result.ok) throw new ContentError(result.problems);
  // Valid seeds can still need an editor's look: a date years ahead, provisional dates.
  for (const line of buildNotices(result.corpus, loaded.skipped)) logger?.warn(line);
  return emitData(result.corpus, { baseUrl: siteUrlOf(process.env).url });
};

const serveData = (server: ViteDevServer, getFiles: () => EmittedFiles | undefined) => {
  const types: Record<string, string> = {
    json: 'application/json',
    xml: 'application/xml',
    txt: 'text/plain',
  };
  server.middlewares.use((req, res, next) => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0]!).slice(1);
    const body = getFiles()?.get(path);
    if (body === undefined) return next();
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
  let files: EmittedFiles | { kept: string[] } | undefined;
  let contentKey = '';
  let outDir = 'dist';
  let publicDir = '';
  let command: 'build' | 'serve' = 'build';
  let logger: Logger | undefined;
  const seedsDir = () => resolve(root, options.seedsDir ?? 'seeds');
  // Kept between the dev server's runs; a build runs the pipeline once and keeps none.
  const memo = emptyPipelineMemo();
  const memoFor = () => (command === 'serve' ? memo : undefined);

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
      try {
        const loaded = await loadSeeds(root, seedsDir());
        if (command === 'build') {
          contentKey = await contentKeyOf(root, loaded, siteUrlOf(process.env).url);
          const kept = await dataMadeFrom(root, outDir, contentKey);
          if (kept) {
            files = { kept };
            return;
          }
        }
        files = await build(loaded, logger, memoFor());
      } catch (error) {
        if (!(error instanceof ContentError) || command !== 'build') throw error;
        // A bundler error would print its own stack under the list; an editor needs only
        // the list, as content:check prints it.
        process.stderr.write(
          `\n${error.message}\n\n${error.problems.length} problem(s) in the seeds; nothing was built.\n`,
        );
        process.exit(1);
      }
    },
    async writeBundle(_options, bundle) {
      // Written straight to disk rather than emitted as assets: at 10,000 stories Vite
      // would list some 30,000 files in its report. Only files whose bytes changed are
      // written (src/build/output-writer.ts); Vite's own files are recorded for the prerender.
      await writeOutputs({
        root,
        outDir,
        publicDir,
        files: files ?? new Map(),
        contentKey,
        bundle: Object.keys(bundle),
      });
    },
    configureServer(server) {
      serveData(server, () => (files instanceof Map ? files : undefined));
      server.watcher.add(seedsDir());
      const rerun = async (path: string) => {
        if (!resolve(path).startsWith(seedsDir())) return;
        try {
          files = await build(await loadSeeds(root, seedsDir()), logger, memoFor());
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
