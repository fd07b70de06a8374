// npm run build: the app's bundle, the data files, then every page (scripts/prerender.ts).
// The data step runs in this process (starting another cost a second of a one-story build;
// the pipeline lets go of what it held before the pages are rendered). The bundle is put back
// from the cache when the code it is made from is an earlier build's
// (scripts/lib/client-cache.ts); otherwise `vite build` bundles in its own process beside the
// data step, on the other core (a cold 10,000-story build waited ~9 s for one then the other).
// `--clean` or CLEAN=1 ignores every cache.
import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { beginRecord } from '../src/build/output-writer.ts';
import {
  buildCacheDir,
  isCleanBuild,
  manifestPath,
  bundleListPath,
  TEMPLATE_FILE,
} from '../src/build/build-cache.ts';
import { phaseTimer } from '../src/build/phase-timer.ts';
import { runDataStep } from '../src/content/data-step.ts';
import { prerender } from './prerender.ts';
import { clientCacheDir, clientKeyOf, restoreClient, saveClient } from './lib/client-cache.ts';

const root = process.cwd();
// Every step reads CLEAN=1; `--clean` reaches only this process.
if (isCleanBuild(process.env, process.argv)) process.env.CLEAN = '1';
const outDir = resolve(root, process.env.OUT_DIR ?? 'dist');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
/**
 * `vite build` in its own process, the content plugin only listing Vite's files; resolves
 * to that list. A failed bundle ends the build with its exit code at once (Vite printed why),
 * and a build that ends otherwise stops the bundler.
 */
const bundleBeside = async (cacheDir: string) => {
  // An earlier build's list is never read for this one's.
  await rm(bundleListPath(cacheDir), { force: true });
  return new Promise<string[]>((done) => {
    const vite = spawn(bin('vite'), ['build'], {
      stdio: 'inherit',
      env: { ...process.env, KWAVE_DATA_STEP: 'outside' },
    });
    const stop = () => vite.kill();
    process.on('exit', stop);
    vite.on('exit', (code) => {
      process.off('exit', stop);
      if (code !== 0) process.exit(code ?? 1);
      done(readFile(bundleListPath(cacheDir), 'utf8').then((text) => JSON.parse(text) as string[]));
    });
  });
};

// A build stopped half-way leaves a record that no longer says what the folder holds.
if (await beginRecord(manifestPath(buildCacheDir(root, outDir, process.env))))
  console.log(`the last build into ${outDir} did not finish: every file is written again`);
const started = performance.now();
// Startup (this process's imports) is before `started`; `vite build`'s CPU is its own process's.
const timer = phaseTimer();
const cache = clientCacheDir(root);
const key = await clientKeyOf(root, process.env);
const restored = isCleanBuild(process.env, process.argv)
  ? null
  : await restoreClient(cache, key, outDir);
// Vite's manifest and the page template sit in .vite/ for the prerender, which removes them.
const internal = (file: string) => file.startsWith('.vite/');
timer.lap('app bundle');
const cacheDir = buildCacheDir(root, outDir, process.env);
let bundle: string[] | Promise<string[]>;
if (restored) {
  bundle = restored.files.filter((f) => !internal(f));
  console.log(
    `app bundle: the code is an earlier build's; ${bundle.length} files from ${cache} (${restored.written.filter((f) => !internal(f)).length} written) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} else {
  bundle = bundleBeside(cacheDir);
  // Vite may end (and its list fail to read) before the data step awaits it: the data step's
  // `await` reports the failure, not an unhandled rejection.
  bundle.catch(() => undefined);
}
const handoff = await runDataStep({
  root,
  seedsDir: resolve(root, process.env.SEEDS_DIR ?? 'seeds'),
  outDir,
  publicDir: resolve(root, 'public'),
  bundle,
  logger: { warn: (line) => console.warn(line) },
});
if (!restored)
  await saveClient(cache, key, outDir, [...handoff.touched, '.vite/manifest.json', TEMPLATE_FILE]);
timer.lap(restored ? 'data step' : 'data step and vite build');
await prerender(handoff);
timer.lap('prerender');
console.log(timer.line('build'));
