// What a reader's first search downloads, measured in real Chromium against a built site
// served gzipped as a CDN would: on a story page that has finished loading, everything
// fetched from the moment the search box gets focus (the search code, the names file,
// Pagefind's script and WebAssembly, the parts list, each part's entry, metadata and index
// chunks, and the fragments shown), the reader typing at 10 keys a second, then Enter.
// Used by `npm run bench:search` and tests/browser/search-budget.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import type { ListChunk, SearchName, SearchNames, SiteInfo } from '../../src/contract/model.ts';

/** A first query's budget: bytes as sent (gzip), and Enter to results. */
export const SEARCH_BUDGET = { bytes: 250_000, ms: 300 };

/**
 * A file's size as a CDN sends it: gzip level 9, as `npm run budget` counts; Pagefind's
 * files are gzip already and count as stored.
 */
const gzipSize = (dist: string, path: string) => {
  const file = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path));
  return Math.min(file.length, gzipSync(file, { level: 9 }).length);
};

/** What a fetched file is, for the breakdown of a first query's bytes. */
export const kindOf = (path: string) =>
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

export interface FirstQuery {
  /** Bytes by kindOf, and how many files of each. */
  kinds: Record<string, { bytes: number; files: number }>;
  bytes: number;
  suggestMs: number;
  resultsMs: number;
  results: number;
  files: number;
}

/** One cold first query (a fresh browser context) typed on the story page `storyPath`. */
export const measureFirstQuery = async (
  browser: Browser,
  site: { url: string; dist: string },
  storyPath: string,
  q: string,
): Promise<FirstQuery> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page: Page = await context.newPage();
  await page.goto(`${site.url}${storyPath}`, { waitUntil: 'networkidle' });
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
  const kinds: FirstQuery['kinds'] = {};
  let bytes = 0;
  for (const path of fetched) {
    const size = gzipSize(site.dist, path);
    const kind = (kinds[kindOf(path)] ??= { bytes: 0, files: 0 });
    kind.bytes += size;
    kind.files++;
    bytes += size;
  }
  return {
    kinds,
    bytes,
    suggestMs,
    resultsMs,
    results: Number(/[\d,]+/.exec(text)?.[0]?.replace(/,/g, '') ?? 0),
    files: fetched.size,
  };
};

/**
 * Queries a reader would type, taken from a built site's data: the most-tagged person by
 * name, by a Hangul alias and by a Latin alias, a show, and two ordinary words; and the
 * newest story's page, where the reader types them.
 */
export const benchQueries = (dist: string) => {
  const readData = <T>(path: string) =>
    JSON.parse(readFileSync(join(dist, 'data', path), 'utf8')) as T;
  // Queries a reader would type, taken from the built data: the most-tagged person by name,
  // by a Hangul alias and by a Latin alias, a show, and two ordinary words.
  const names = [
    ...new Map(
      readdirSync(join(dist, 'data/search-names'))
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
  // The newest story: first in the newest chunk.
  const { chunkCount } = readData<SiteInfo>('site.json');
  const story = readData<ListChunk>(`chunks/${chunkCount}.json`).items[0]!;
  return { queries, storyPath: `/articles/${story.slug}` };
};
