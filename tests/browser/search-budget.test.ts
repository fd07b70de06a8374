// What a reader's first search downloads on the built sites (dist/ with the seeds, and the
// fixture site), measured as `npm run bench:search` measures it: within SEARCH_BUDGET's
// 250 KB gzip for each of the bench's queries, with every part of the index searched
// (each part's entry fetched). Bytes, not timings: the time budget is the bench's, on a
// quiet machine.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchQueries, measureFirstQuery, SEARCH_BUDGET } from '../../scripts/lib/first-query';
import { serveDist, type Served } from '../../scripts/lib/serve-dist';
import { launchBrowser } from './support';

const SITES = [resolve(process.env.SITE_DIR ?? 'dist'), resolve('dist-fixture')];

const env = {} as { browser: Browser; sites: Served[] };
beforeAll(async () => {
  [env.browser, ...env.sites] = await Promise.all([
    launchBrowser(),
    ...SITES.map((d) => serveDist(d)),
  ]);
});
afterAll(async () => {
  await env.browser?.close();
  await Promise.all((env.sites ?? []).map((s) => s.close()));
});

describe.each(SITES.map((dist, i) => ({ dist, i })))('first search on $dist', ({ dist, i }) => {
  const { queries, storyPath } = benchQueries(dist);
  const { parts } = JSON.parse(readFileSync(join(dist, 'pagefind/parts.json'), 'utf8')) as {
    parts: string[];
  };

  it.each(queries)('"%s" downloads at most 250 KB', async (q) => {
    const site = { url: env.sites[i]!.url, dist };
    const first = await measureFirstQuery(env.browser, site, storyPath, q);
    const kinds = JSON.stringify(first.kinds);
    expect(first.bytes, `${first.bytes} B: ${kinds}`).toBeLessThanOrEqual(SEARCH_BUDGET.bytes);
    // Every part was searched: the list and one entry a part.
    expect(first.kinds['part lists']?.files, kinds).toBe(parts.length + 1);
  });
});
