// npm run bench -- [--articles 10000] [--cards 60]
// Generates a corpus in the seed layouts and times the pipeline on it: read, parse,
// validate, tag, emit JSON. Prints articles per second and peak memory. Then draws share
// cards for the first stories into an empty cache (cold) and copies them again from it
// (warm), and extrapolates both to 10,000 stories. Not a test.
// npm runs it with a larger young generation (--max-semi-space-size=64): the tagger makes
// many short-lived objects, and the default size spent over a second in the collector.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { emitData } from '../src/content/emit/emit.ts';
import { summaryOf } from '../src/content/emit/summarize.ts';
import { createCardWriter } from '../src/prerender/cards/card-cache.ts';
import { loadCardGlyphs } from '../src/prerender/cards/card-glyphs.ts';
import { storyCard } from '../src/prerender/cards/card-content.ts';
import { sharePaths } from '../src/config/site.ts';
import { loadSeeds } from '../src/content/load-seeds.ts';
import { runPipeline } from '../src/content/pipeline.ts';
import { writeCorpus } from './generate-corpus.ts';
import { option } from './lib/cli.ts';

const articles = Number(option('articles') ?? 10_000);
const cardCount = Number(option('cards') ?? 60);
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
await rm(dir, { recursive: true, force: true });

// Share cards: the same writer the prerender step uses, on an empty cache, then again.
const cardDir = await mkdtemp(join(tmpdir(), 'bench-cards-'));
const stories = result.corpus.articles.slice(0, cardCount).map(summaryOf);
// What the card font draws: headlines keep only that (an emoji-only one falls back).
const canDraw = await loadCardGlyphs();
const cards = createCardWriter({ cacheDir: join(cardDir, 'cache'), outDir: join(cardDir, 'out') });
const writeAll = async () => {
  const started = performance.now();
  const cpu = process.cpuUsage();
  // Four at a time, as the prerender step overlaps them (raster on the thread pool).
  for (let i = 0; i < stories.length; i += 4)
    await Promise.all(
      stories
        .slice(i, i + 4)
        .map((s) => cards.write(sharePaths.article(s.slug), storyCard(s, canDraw))),
    );
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
};
await createCardWriter({
  cacheDir: join(cardDir, 'warmup'),
  outDir: join(cardDir, 'warmup'),
}).write('/warmup.png', storyCard(stories[0]!, canDraw)); // loads the fonts and the layout engine: a once-per-build cost, not a per-card one
const cold = await writeAll();
const { layoutMs, rasterMs } = cards.stats;
const warm = await writeAll();
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
console.log(`articles/second:  ${Math.round(result.corpus.articles.length / seconds)}`);
const perCard = (ms: number) => `${(ms / stories.length).toFixed(1)} ms/card`;
const at10k = (ms: number) => `${(((ms / stories.length) * 10_000) / 1000).toFixed(0)} s at 10,000`;
console.log(
  `share cards cold: ${stories.length} drawn, ${perCard(cold.wall)} wall (${at10k(cold.wall)}), ${perCard(cold.cpu)} CPU; layout ${perCard(layoutMs)}, raster ${perCard(rasterMs)}`,
);
console.log(
  `share cards warm: ${cards.stats.cached} from the cache, ${perCard(warm.wall)} wall (${at10k(warm.wall)})`,
);
console.log(`peak memory (RSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
