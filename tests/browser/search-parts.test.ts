// The full-text index in parts (docs/decisions/0023-search-in-parts.md) answers as one index
// of the same records would: for each query, the search page of the built fixture site
// (every page of results) lists the same stories as Pagefind's own script over one index
// built here, with the Node API, from the records the build made. The order can differ
// (each part scores its pages against its own word statistics): it is printed, not checked.
// SEARCH_SITE_DIR=/tmp/site runs it on another build (e.g. the 10,000-story corpus).
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type Served } from '../../scripts/lib/serve-dist';
import { splitIntoParts } from '../../scripts/lib/search-parts';
import { buildOneIndex, readSearchRecords } from '../../scripts/lib/search-records';
import { searchTerm } from '../../src/features/search/api/full-text';
import { launchBrowser, openPage, ready } from './support';

const SITE_DIR = resolve(process.env.SEARCH_SITE_DIR ?? 'dist-fixture');

// Names in one part only, words in every story, a word no story has beside one many have
// (Pagefind skips a word an index lacks), Hangul by prefix, a quoted phrase, stop words.
const QUERIES = [
  'Rose',
  'Park Chae-young',
  'Jeon Jung-kook',
  'Jungkook',
  'Park Bo Gum',
  'IU Park',
  '로제',
  '돌아',
  '정국',
  'streams',
  'Seven streams',
  'drama',
  'world tour',
  'Jungkook zzzqx',
  '"two billion"',
  'the of',
];

const env = {} as { site: Served; one: Served; browser: Browser; partOf: Map<string, string> };
beforeAll(async () => {
  const records = await readSearchRecords(SITE_DIR);
  env.partOf = new Map(
    splitIntoParts(records).flatMap((p) => p.records.map((r) => [r.url, p.name] as const)),
  );
  // The one index, served beside a blank page of the site's language.
  const dir = await mkdtemp(join(tmpdir(), 'kwave-one-index-'));
  for (const file of await buildOneIndex(records)) {
    await mkdir(dirname(join(dir, 'pagefind', file.path)), { recursive: true });
    await writeFile(join(dir, 'pagefind', file.path), file.content);
  }
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><link rel="icon" href="data:,"><body></body></html>',
  );
  [env.site, env.one, env.browser] = await Promise.all([
    serveDist(SITE_DIR),
    serveDist(dir),
    launchBrowser(),
  ]);
  env.one.close = ((close) => async () => {
    await close();
    await rm(dir, { recursive: true, force: true });
  })(env.one.close);
}, 300_000);
afterAll(async () => {
  await env.browser?.close();
  await env.site?.close();
  await env.one?.close();
});

/**
 * Every result URL of the one index, best first, with the term the app would search.
 * A string, not a function: the test runner would rewrite a function's import().
 */
const oneIndexUrls = (page: Page, term: string): Promise<string[]> =>
  page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ noWorker: true });
    const { results } = await pagefind.search(${JSON.stringify(term)});
    return Promise.all(results.map(async (r) => (await r.data()).url));
  })()`);

/** Every result URL the search page lists, page after page, best first. */
async function siteUrls(page: Page, q: string) {
  const urls: string[] = [];
  for (let n = 1; ; n++) {
    await page.goto(`${env.site.url}/search?q=${encodeURIComponent(q)}&page=${n}`);
    await ready(page);
    const status = page.locator('main [role="status"]').filter({ hasText: /match/ });
    await status.waitFor();
    const total = Number(/[\d,]+/.exec(await status.innerText())?.[0]?.replace(/,/g, '') ?? 0);
    const links = page.locator('main section[aria-labelledby="search-stories"] ol h3 a');
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      urls.push(href ?? '');
    if (urls.length >= total || (await links.count()) === 0) return urls;
  }
}

/** "/articles/park-bo-gum-cast-in-a-new-film-2fe087" -> "2fe087": the order at a glance. */
const slugs = (urls: string[]) => urls.map((u) => u.slice(-6)).join(' ');

describe('the index in parts', () => {
  it('finds the same stories as one index of the same records, for every query', async () => {
    const one = await openPage(env.browser);
    await one.page.goto(`${env.one.url}/`);
    const site = await openPage(env.browser);
    const reordered: string[] = [];
    const partsHit = new Set<number>();
    for (const q of QUERIES) {
      const expected = await oneIndexUrls(one.page, searchTerm(q));
      const actual = await siteUrls(site.page, q);
      expect([...actual].sort(), q).toEqual([...expected].sort());
      partsHit.add(new Set(actual.map((url) => env.partOf.get(url))).size);
      if (actual.join() !== expected.join())
        reordered.push(`${q}: one index ${slugs(expected)} / parts ${slugs(actual)}`);
    }
    console.log(
      `search in parts: ${QUERIES.length} queries, same stories; ${reordered.length} in another order${reordered.map((r) => `\n  ${r}`).join('')}`,
    );
    // Not vacuous: the parts were really split, and some answers came from both.
    expect(new Set(env.partOf.values()).size).toBeGreaterThanOrEqual(2);
    expect(Math.max(...partsHit)).toBeGreaterThanOrEqual(2);
    expect(one.errors).toEqual([]);
    expect(site.errors).toEqual([]);
    await one.context.close();
    await site.context.close();
  }, 300_000);
});
