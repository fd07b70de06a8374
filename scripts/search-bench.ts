// npm run bench:search -- [--dist /tmp/c10k-dist] [--runs 3]
// The search budgets of a built site, in real Chromium against the site served gzipped as a
// CDN would: for each query, on a story page that has finished loading, what the first
// query downloads (transfer bytes of everything fetched from the moment the search box
// gets focus: the search code, the names file, Pagefind's script, WebAssembly, index
// chunks and fragments) and how long it takes to suggestions
// and from Enter to results, the reader typing at 10 keys a second. The time to
// suggestions is counted from the last key (0 when they were already showing).
// Every run is a fresh browser context (cold cache). Budget: <= 250 KB gzip, < 300 ms.
import { join, resolve } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import type { SearchName, SearchNames, SummaryPage } from '../src/content/model.ts';
import { CHROME_ARGS, CHROME_PATH } from './lib/chromium.ts';
import { option } from './lib/cli.ts';
import { serveDist } from './lib/serve-dist.ts';

const dist = resolve(option('dist') ?? 'dist');
const runs = Number(option('runs') ?? '3');
const BUDGET = { bytes: 250_000, ms: 300 };

const readData = <T>(path: string) =>
  JSON.parse(readFileSync(resolve(dist, 'data', path), 'utf8')) as T;

// Queries a reader would type, taken from the built data: the most-tagged person by name,
// by a Hangul alias and by a Latin alias, a show, and two ordinary words.
const names = [
  ...new Map(
    readdirSync(resolve(dist, 'data/search-names'))
      .filter((f) => f.endsWith('.json')) // not the build's .br/.gz copies
      .flatMap((f) => readData<SearchNames>(`search-names/${f}`).tags)
      .map((t): [string, SearchName] => [t.id, t]),
  ).values(),
];
const byCount = [...names].sort((a, b) => b.count - a.count);
const person = byCount.find((t) => t.kind === 'person')!;
const hangul = byCount.find((t) => t.aliases.some((a) => /[\uac00-\ud7a3]/.test(a)));
const latinAlias = byCount.find(
  (t) => t.kind === 'person' && t.aliases.some((a) => /^[A-Z]/.test(a)),
);
const show = byCount.find((t) => t.kind === 'show');
const queries = [
  person.name,
  hangul?.aliases.find((a) => /[\uac00-\ud7a3]/.test(a)),
  latinAlias?.aliases.find((a) => /^[A-Z]/.test(a)),
  show?.name,
  'comeback',
  'world tour',
].filter((q): q is string => Boolean(q));
const story = readData<SummaryPage>('pages/1.json').items[0]!;

/**
 * A file's size as a CDN sends it: gzip level 9, as `npm run budget` counts; Pagefind's
 * files are gzip already and count as stored.
 */
const gzipSize = (path: string) => {
  const file = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path));
  return Math.min(file.length, gzipSync(file, { level: 9 }).length);
};

const site = await serveDist(dist);
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });

/** What a fetched file is, for the breakdown of a first query's bytes. */
const kindOf = (path: string) =>
  /\.pf_index$/.test(path)
    ? 'index chunks'
    : /\.pf_fragment$/.test(path)
      ? 'fragments'
      : /\.pf_meta$/.test(path)
        ? 'metadata'
        : /(pagefind-entry|parts)\.json$/.test(path)
          ? 'part lists'
          : /^\/pagefind\//.test(path)
            ? 'Pagefind script + WASM'
            : 'app code + names';

interface Measure {
  /** Bytes by kindOf, and how many files of each. */
  kinds: Record<string, { bytes: number; files: number }>;
  bytes: number;
  suggestMs: number;
  resultsMs: number;
  results: number;
  files: number;
}

const measure = async (q: string): Promise<Measure> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page: Page = await context.newPage();
  await page.goto(`${site.url}/articles/${story.slug}`, { waitUntil: 'networkidle' });
  await page.waitForSelector('html.js');
  // Every file fetched from now on, by the page or by Pagefind's worker (context-wide).
  const fetched = new Set<string>();
  context.on('requestfinished', (r) => fetched.add(new URL(r.url()).pathname));
  const box = page.getByRole('combobox');
  await box.focus();
  await page.keyboard.type(q, { delay: 100 });
  const t0 = Date.now();
  const listbox = page.getByRole('listbox');
  const suggested = await listbox
    .waitFor({ timeout: 5000 })
    .then(() => true)
    .catch(() => false);
  const suggestMs = suggested ? Date.now() - t0 : NaN;
  // Closes the suggestions so Enter searches (Escape on a closed list would clear the box).
  if (suggested) await page.keyboard.press('Escape');
  const t1 = Date.now();
  await page.keyboard.press('Enter');
  const status = page.locator('main [role="status"]').filter({ hasText: /match/ });
  await status.waitFor({ timeout: 10_000 });
  const resultsMs = Date.now() - t1;
  const text = await status.innerText();
  await page.waitForLoadState('networkidle');
  await context.close();
  const bytes = [...fetched].reduce((sum, path) => sum + gzipSize(path), 0);
  const kinds: Measure['kinds'] = {};
  for (const path of fetched) {
    const kind = (kinds[kindOf(path)] ??= { bytes: 0, files: 0 });
    kind.bytes += gzipSize(path);
    kind.files++;
  }
  const files = fetched.size;
  return {
    kinds,
    bytes,
    suggestMs,
    resultsMs,
    results: Number(/[\d,]+/.exec(text)?.[0]?.replace(/,/g, '') ?? 0),
    files,
  };
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`search budgets for ${dist} (${runs} cold runs per query, medians)`);
console.log('query\tresults\tfiles\tdownloaded (gzip)\tlast key -> suggestions\tEnter -> results');
let worstBytes = 0;
let worstMs = 0;
for (const q of queries) {
  const ms: Measure[] = [];
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
