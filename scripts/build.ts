// npm run build: the app's bundle, the data files, then every page (scripts/prerender.ts).
// The bundle is Vite's work (with the content plugin writing the data), unless the code it is
// made from is an earlier build's: then that bundle is put back from the cache
// (scripts/lib/client-cache.ts) and the data step runs alone, in this process: starting
// another cost a second of a one-story build; the pipeline lets go of what it held before the
// pages are rendered. `--clean` or CLEAN=1 ignores every cache.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { beginRecord } from '../src/build/output-writer.ts';
import {
  buildCacheDir,
  isCleanBuild,
  manifestPath,
  phasePath,
  TEMPLATE_FILE,
  type BuildPhase,
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
/** Runs a step; a failed step ends the build with its exit code (it printed why). */
const step = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
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
// The data step's phase, when it ran in this process (the prerender then reads no file).
let handoff: BuildPhase | undefined;
if (restored) {
  const bundle = restored.files.filter((f) => !internal(f));
  console.log(
    `app bundle: the code is an earlier build's; ${bundle.length} files from ${cache} (${restored.written.filter((f) => !internal(f)).length} written) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  handoff = await runDataStep({
    root,
    seedsDir: resolve(root, process.env.SEEDS_DIR ?? 'seeds'),
    outDir,
    publicDir: resolve(root, 'public'),
    bundle,
    logger: { warn: (line) => console.warn(line) },
  });
} else {
  step(bin('vite'), ['build']);
  const phase = JSON.parse(
    await readFile(phasePath(buildCacheDir(root, outDir, process.env)), 'utf8'),
  ) as BuildPhase;
  await saveClient(cache, key, outDir, [...phase.touched, '.vite/manifest.json', TEMPLATE_FILE]);
}
timer.lap(restored ? 'data step' : 'vite build');
await prerender(handoff);
timer.lap('prerender');
console.log(timer.line('build'));
