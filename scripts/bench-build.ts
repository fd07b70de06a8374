// npm run bench:build -- [--articles 10000] [--tagged]: the incremental build measured in one
// run on a generated corpus: cold (no build record, no card cache), warm (nothing changed),
// one story added (the newest), edited, deleted, and the first story of a new month. Seconds,
// files written, pages rendered, cards placed, peak memory (the larger of the data step's and
// the prerender's) and ratios to cold.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { flag, option } from './lib/cli.ts';
import { writeCorpus } from './generate-corpus.ts';
import { LAST_DATE } from './corpus-generator.ts';

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

// What each run changed on disk, by modification time: Vite's own files included (the
// build's "written" count leaves them out), so the breakdown shows every write.
const dist = join(work, 'dist');
const stamps = () => {
  const seen = new Map<string, number>();
  try {
    for (const e of readdirSync(dist, { recursive: true, withFileTypes: true }))
      if (e.isFile()) {
        const path = join(e.parentPath, e.name);
        seen.set(path.slice(dist.length + 1), statSync(path).mtimeMs);
      }
  } catch {
    // No dist/ yet: the cold build.
  }
  return seen;
};
/** Changed files grouped by their first two folders (twins counted with their source). */
const changedByFolder = (before: Map<string, number>, after: Map<string, number>) => {
  const groups = new Map<string, number>();
  for (const [path, mtime] of after) {
    if (before.get(path) === mtime) continue;
    const parts = path.split('/');
    const group =
      parts.length > 2
        ? `${parts[0]}/${parts[1]}/`
        : parts.length > 1
          ? `${parts[0]}/`
          : path.replace(/\.(br|gz)$/, '');
    groups.set(group, (groups.get(group) ?? 0) + 1);
  }
  return [...groups].sort((a, b) => b[1] - a[1]);
};

const run = (name: string, extra: NodeJS.ProcessEnv = {}) => {
  const before = stamps();
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
    // The build's own process, read after the data step and after the prerender (both run in
    // it; Vite's bundling, ~250 MB, runs beside the data step in its own and is not counted).
    peakMb: Math.max(num(/content: .*peak memory (\d+) MB/), num(/prerender peak memory (\d+) MB/)),
    changed: changedByFolder(before, stamps()),
  };
};

// --tagged: the added story names a director and a show the corpus tags often, so their
// tag lists change too.
const tagged = flag('tagged') ? ' Director Lee Jae Kyu talks about All of Us Are Dead.' : '';
// An editor's new story is the newest: dated just after the corpus's last story, in its month.
// The first story of a new month costs more (the search archive is indexed again, decision
// 0023): measured on its own line.
const story = (date: string) =>
  `• Bench Story Added for the Incremental Build\nDate: ${date}\n\nA story written by the bench, newest of all.${tagged}\n`;
const newest = new Date(LAST_DATE + 3 * 3_600_000).toISOString();
const last = new Date(LAST_DATE);
const nextMonth = new Date(
  Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1, 9),
).toISOString();
const added = join(seeds, 'zz_added.txt');
const results = [
  run('cold (no caches, cards drawn)', { CLEAN: '1' }),
  run('warm (nothing changed)'),
  (writeFileSync(added, story(newest)), run('one story added')),
  (appendFileSync(added, '\nOne more line.\n'), run('one story edited')),
  (rmSync(added), run('one story deleted')),
  (writeFileSync(added, story(nextMonth)), run('first story of a new month')),
];
const cold = results[0]!.seconds;
console.log(
  `\nbench:build, ${articles} stories (${readdirSync(seeds).length} seed files); card cache warm after the cold build`,
);
for (const r of results)
  console.log(
    `${r.name.padEnd(32)} ${r.seconds.toFixed(1).padStart(7)} s  ${String(r.written).padStart(7)} files written  ${String(r.pages).padStart(6)} pages rendered  ${String(r.cards).padStart(6)} cards  ${String(r.peakMb).padStart(6)} MB peak  ${(r.seconds / cold).toFixed(3)} x cold`,
  );
// Where the writes of the incremental runs went (issue 18: one story, a few files).
for (const r of results.slice(1)) {
  const top = r.changed.slice(0, 12).map(([group, n]) => `${group} ${n}`);
  console.log(`\n${r.name}: files changed on disk by folder\n  ${top.join(', ') || 'none'}`);
}
rmSync(work, { recursive: true, force: true });
