// The data step of `npm run build` when the app's code is the last build's (scripts/build.ts
// put its bundle back): the content plugin's work without Vite. Arguments: the bundle's files,
// relative to the output folder, as JSON on stdin.
import { resolve } from 'node:path';
import { text } from 'node:stream/consumers';
import { runDataStep } from '../src/content/data-step.ts';

const root = process.cwd();
await runDataStep({
  root,
  seedsDir: resolve(root, process.env.SEEDS_DIR ?? 'seeds'),
  outDir: resolve(root, process.env.OUT_DIR ?? 'dist'),
  publicDir: resolve(root, 'public'),
  bundle: JSON.parse(await text(process.stdin)) as string[],
  logger: { warn: (line) => console.warn(line) },
});
