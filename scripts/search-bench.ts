// npm run bench:search -- [--dist /tmp/c10k-dist] [--runs 3]
// The search budgets of a built site, in real Chromium against the site served gzipped as a
// CDN would: for each query, on a story page that has finished loading, what the first
// query downloads (transfer bytes of everything fetched from the moment the search box
// gets focus: the search code, the names file, Pagefind's script, WebAssembly, index
// chunks and fragments) and how long it takes to suggestions
// and from Enter to results, the reader typing at 10 keys a second. The time to
// suggestions is counted from the last key (0 when they were already showing).
// Every run is a fresh browser context (cold cache). Budget: <= 250 KB gzip, < 300 ms.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH } from './lib/chromium.ts';
import { option } from './lib/cli.ts';
import {
  benchQueries,
  measureFirstQuery,
  SEARCH_BUDGET as BUDGET,
  type FirstQuery,
} from './lib/first-query.ts';
import { serveDist } from './lib/serve-dist.ts';

const dist = resolve(option('dist') ?? 'dist');
const runs = Number(option('runs') ?? '3');

const { queries, storyPath } = benchQueries(dist);

const site = await serveDist(dist);
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
const measure = (q: string) => measureFirstQuery(browser, { url: site.url, dist }, storyPath, q);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`search budgets for ${dist} (${runs} cold runs per query, medians)`);
console.log('query\tresults\tfiles\tdownloaded (gzip)\tlast key -> suggestions\tEnter -> results');
let worstBytes = 0;
let worstMs = 0;
for (const q of queries) {
  const ms: FirstQuery[] = [];
  for (let i = 0; i < runs; i++) ms.push(await measure(q));
  const bytes = median(ms.map((m) => m.bytes));
  const resultsMs = median(ms.map((m) => m.resultsMs));
  worstBytes = Math.max(worstBytes, bytes);
  worstMs = Math.max(worstMs, resultsMs);
  console.log(
    `${q}\t${ms[0]!.results}\t${ms[0]!.files}\t${(bytes / 1000).toFixed(1)} KB\t${median(ms.map((m) => m.suggestMs))} ms\t${resultsMs} ms (${ms.map((m) => m.resultsMs).join(', ')})`,
  );
  // Where the bytes went (the first run): shows what each part of the index costs a query.
  console.log(
    `  ${Object.entries(ms[0]!.kinds)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([kind, k]) => `${kind} ${(k.bytes / 1000).toFixed(1)} KB (${k.files})`)
      .join(', ')}`,
  );
}
console.log(
  `worst first query: ${(worstBytes / 1000).toFixed(1)} KB (budget ${BUDGET.bytes / 1000} KB), ${worstMs} ms (budget < ${BUDGET.ms} ms): ${
    worstBytes <= BUDGET.bytes && worstMs < BUDGET.ms ? 'within budget' : 'OVER'
  }`,
);
await browser.close();
await site.close();
