// npm run bench:build -- [--articles 10000]: the incremental build measured in one run on a
// generated corpus: cold (no build record, no card cache), warm (nothing changed), one story
// added, edited, deleted. Seconds, files written, pages rendered, cards placed,
// peak memory (the larger of vite build's and the prerender's) and ratios to cold.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { option } from './lib/cli.ts';
import { writeCorpus } from './generate-corpus.ts';

const articles = Number(option('articles') ?? '10000');
const work = mkdtempSync(join(tmpdir(), 'kwave-bench-build-'));
const seeds = join(work, 'seeds');
await writeCorpus(articles, seeds);
const env = {
  ...process.env,
  SEEDS_DIR: seeds,
  OUT_DIR: join(work, 'dist'),
  BUILD_CACHE_DIR: join(work, 'build-cache'),
  CARD_CACHE_DIR: join(work, 'cards'),
  SITE_URL: 'https://kwave.example',
};

const run = (name: string, extra: NodeJS.ProcessEnv = {}) => {
  const started = performance.now();
  const log = execFileSync('npm', ['run', 'build'], {
    env: { ...env, ...extra },
    stdio: 'pipe',
    maxBuffer: 64 * 1024 * 1024,
  }).toString();
  const seconds = (performance.now() - started) / 1000;
  const num = (re: RegExp) => Number(re.exec(log)?.[1] ?? NaN);
  return {
    name,
    seconds,
    written: num(/build files: (\d+) written/),
    pages: num(/prerendered (\d+) of/),
    cards: num(/share cards: (\d+) (?:drawn|placed)/),
    // The larger of the two processes' peaks: vite build (the pipeline) and the prerender.
    peakMb: Math.max(num(/content: .*peak memory (\d+) MB/), num(/prerender peak memory (\d+) MB/)),
  };
};

const added = `• Bench Story Added for the Incremental Build\nDate: 2030-01-01\n\nA story written by the bench, newest of all.\n`;
const results = [
  run('cold (no caches, cards drawn)', { CLEAN: '1' }),
  run('warm (nothing changed)'),
  (writeFileSync(join(seeds, 'zz_added.txt'), added), run('one story added')),
  (appendFileSync(join(seeds, 'zz_added.txt'), '\nOne more line.\n'), run('one story edited')),
  (rmSync(join(seeds, 'zz_added.txt')), run('one story deleted')),
];
const cold = results[0]!.seconds;
console.log(
  `\nbench:build, ${articles} stories (${readdirSync(seeds).length} seed files); card cache warm after the cold build`,
);
for (const r of results)
  console.log(
    `${r.name.padEnd(32)} ${r.seconds.toFixed(1).padStart(7)} s  ${String(r.written).padStart(7)} files written  ${String(r.pages).padStart(6)} pages rendered  ${String(r.cards).padStart(6)} cards  ${String(r.peakMb).padStart(6)} MB peak  ${(r.seconds / cold).toFixed(3)} x cold`,
  );
rmSync(work, { recursive: true, force: true });
