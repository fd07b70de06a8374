// npm run bench -- [--articles 10000]
// Generates a corpus in the seed layouts and times the pipeline on it: read, parse,
// validate, tag, emit JSON. Prints articles per second and peak memory. Not a test.
// npm runs it with a larger young generation (--max-semi-space-size=64): the tagger makes
// many short-lived objects, and the default size spent over a second in the collector.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { emitData } from '../src/content/emit/emit.ts';
import { loadSeeds } from '../src/content/read/load-seeds.ts';
import { runPipeline } from '../src/content/pipeline.ts';
import { writeCorpus } from './generate-corpus.ts';

const at = process.argv.indexOf('--articles');
const articles = Number(at >= 0 ? process.argv[at + 1] : 10_000);
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
console.log(`peak memory (RSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
