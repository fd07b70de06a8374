// npm run bench -- [--articles 10000] [--cards 60] [--events 100000]
// Generates a corpus in the seed layouts and times the pipeline on it: read, parse,
// validate, tag, emit JSON. Prints articles per second and peak memory. Then draws share
// cards for the first stories into an empty cache (cold) and copies them again from it
// (warm), and extrapolates both to 10,000 stories; cards two ways, one thread and the
// pool, with ratios. Times the event clustering alone on
// the pipeline's stories, and with --events N on N stories: the tagged corpus repeated at
// later dates (each copy after the last, as the generator spaces stories), so clustering is
// measured at 100,000 without tagging 100,000 stories. Not a test.
// npm runs it with a larger young generation (--max-semi-space-size=64): the tagger makes
// many short-lived objects, and the default size spent over a second in the collector.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { emitData } from '../src/content/emit/emit.ts';
import { summaryOf } from '../src/content/emit/summarize.ts';
import { createCardWriter } from '../src/prerender/cards/card-cache.ts';
import {
  createCardPool,
  createMainThreadDrawer,
  type CardDrawer,
} from '../src/prerender/cards/card-drawer.ts';
import { inBatches } from '../src/content/emit/write-files.ts';
import { loadCardGlyphs } from '../src/prerender/cards/card-glyphs.ts';
import { storyCard } from '../src/prerender/cards/card-content.ts';
import { sharePaths } from '../src/config/site.ts';
import { loadSeeds } from '../src/content/load-seeds.ts';
import { emptyPipelineMemo, runPipeline } from '../src/content/pipeline.ts';
import { writeCorpus } from './generate-corpus.ts';
import { timeClustering } from './lib/events-bench.ts';
import { option } from './lib/cli.ts';

const articles = Number(option('articles') ?? 10_000);
const cardCount = Number(option('cards') ?? 60);
/** Cards each drawing thread draws before it is timed. */
const WARM_UP = Number(option('warm-up') ?? 30);
const dir = await mkdtemp(join(tmpdir(), 'bench-corpus-'));
const files = await writeCorpus(articles, dir);

const t0 = performance.now();
const input = await loadSeeds(process.cwd(), dir);
const t1 = performance.now();
const result = runPipeline(input);
const t2 = performance.now();
if (!result.ok) {
  console.error(result.problems.slice(0, 10));
  process.exit(1);
}
const emitted = emitData(result.corpus);
const t3 = performance.now();

// The dev server's path: the pipeline again after one story is edited, with the memo of
// the last run (per seed file and per story, src/content/run-memo.ts), against the run
// above from nothing.
const memo = emptyPipelineMemo();
runPipeline({ ...input, memo });
const [first, ...others] = input.seeds;
const edited = {
  ...first!,
  bytes: Buffer.concat([
    first!.bytes,
    Buffer.from('\nThe agency added that tickets sell out fast.\n'),
  ]),
};
const m0 = performance.now();
const again = runPipeline({ ...input, seeds: [edited, ...others], memo });
const memoMs = performance.now() - m0;
if (!again.ok) throw new Error('bench: the edited corpus did not pass the pipeline');
await rm(dir, { recursive: true, force: true });

const eventTimes = [timeClustering(result.corpus.articles, result.corpus.articles.length)];
const eventsAt = option('events');
if (eventsAt) eventTimes.push(timeClustering(result.corpus.articles, Number(eventsAt)));

// Share cards: the same writer the prerender step uses, each time on an empty cache, with
// two drawers in the same run (other builds on this machine make timings noisy, so compare
// within a run): this build's card on this thread alone, then this build's pool (one
// worker per core). Then copies from the cache (warm). Cards were drawn by satori and resvg
// before decision 0035: its figures are in the record.
const cardDir = await mkdtemp(join(tmpdir(), 'bench-cards-'));
const stories = result.corpus.articles.slice(0, cardCount).map((a) => summaryOf(a));
// What the card font draws: headlines keep only that (an emoji-only one falls back).
const canDraw = await loadCardGlyphs();
const contents = stories.map((s) => ({
  url: sharePaths.article(s.slug),
  content: storyCard(s, canDraw),
}));

const timeCards = async (name: string, drawer: CardDrawer) => {
  const cards = createCardWriter({
    cacheDir: join(cardDir, name),
    outDir: join(cardDir, `${name}-out`),
    drawer,
  });
  // Registers the fonts and warms the compiler in every thread (each worker compiles the
  // drawing code on its own): a once-per-build cost, not a per-card one.
  await Promise.all(
    Array.from({ length: drawer.threads * WARM_UP }, (_, i) =>
      drawer.draw({ ...contents[0]!.content, title: `warm-up ${i}` }),
    ),
  );
  const writeAll = async () => {
    const started = performance.now();
    const cpu = process.cpuUsage(); // every thread of the process, workers included
    await inBatches(contents, ({ url, content }) => cards.write(url, content));
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
  };
  const cold = await writeAll();
  const { paintMs, encodeMs, drawn } = cards.stats;
  const warm = await writeAll();
  await cards.close();
  return { name, threads: drawer.threads, cold, warm, paintMs, encodeMs, drawn };
};
const runs = [
  await timeCards('one-thread', createMainThreadDrawer()),
  await timeCards('pool', createCardPool()),
];
await rm(cardDir, { recursive: true, force: true });

const bytes = [...emitted.values()].reduce((n, s) => n + Buffer.byteLength(s), 0);
const seconds = (t3 - t0) / 1000;
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`articles:         ${result.corpus.articles.length} in ${files} files`);
console.log(
  `tags:             ${result.corpus.entities.length} (${result.corpus.discovered.length} discovered)`,
);
console.log(`read seeds:       ${fmt(t1 - t0)}`);
console.log(`parse+validate+tag: ${fmt(t2 - t1)}`);
console.log(
  `emit JSON:        ${fmt(t3 - t2)} (${emitted.size} files, ${(bytes / 1e6).toFixed(1)} MB)`,
);
console.log(`total:            ${fmt(t3 - t0)}`);
console.log(
  `one story edited, pipeline with the last run's memo: ${fmt(memoMs)} (x${(memoMs / (t2 - t1)).toFixed(2)} of the run from nothing)`,
);
console.log(`articles/second:  ${Math.round(result.corpus.articles.length / seconds)}`);
for (const e of eventTimes)
  console.log(
    `event clustering of ${e.stories} stories${e.stories > result.corpus.articles.length ? ' (the corpus repeated at later dates)' : ''}: ${fmt(e.ms)} (CPU ${fmt(e.cpuMs)}), heap +${e.heapMb} MB (${e.heapAfterMb} MB after), ${e.events} events, ${e.multi} with more than one report (largest ${e.largest}; ${e.joins.near} near-copy and ${e.joins.same} same-event joins)`,
  );
const perCard = (ms: number) => `${(ms / stories.length).toFixed(1)} ms/card`;
const at10k = (ms: number) => `${(((ms / stories.length) * 10_000) / 1000).toFixed(0)} s at 10,000`;
const [oneThread] = runs; // the baseline of this run
for (const run of runs) {
  const ratio = (a: number, b: number) => (run === oneThread ? '' : ` (x${(a / b).toFixed(2)})`);
  console.log(
    `share cards cold, ${run.name.padEnd(10)} ${run.threads} thread(s): ${run.drawn} drawn, CPU ${perCard(run.cold.cpu)}${ratio(run.cold.cpu, oneThread!.cold.cpu)}, wall ${perCard(run.cold.wall)}${ratio(run.cold.wall, oneThread!.cold.wall)} (${at10k(run.cold.wall)}); paint ${perCard(run.paintMs)}, encode ${perCard(run.encodeMs)} per thread`,
  );
}
const pool = runs.at(-1)!;
console.log(
  `share cards: pool vs one thread, CPU per card x${(pool.cold.cpu / oneThread!.cold.cpu).toFixed(2)}, wall per card x${(pool.cold.wall / oneThread!.cold.wall).toFixed(2)} (${(oneThread!.cold.wall / pool.cold.wall).toFixed(1)} times as fast)`,
);
console.log(
  `share cards warm: ${stories.length} from the cache, ${perCard(pool.warm.wall)} wall (${at10k(pool.warm.wall)})`,
);
console.log(`peak memory (RSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
