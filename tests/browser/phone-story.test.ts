// A story on a 390x844 phone: headline, date, the main tags, and the first paragraph of
// the body inside the first screen, on the seeds site and on the fixture corpus's story
// with the longest headline. Also the source credit under the story.
import { resolve } from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDetail, SummaryPage } from '../../src/contract/model';
import { serveDist, type Served } from '../../scripts/lib/serve-dist';
import { launchBrowser, openPage, ready } from './support';

const PHONE = { width: 390, height: 844 };
const SITES = { seeds: resolve('dist'), fixture: resolve('dist-fixture') };

const stories = (dir: string) =>
  // .json only: the build writes .br and .gz copies beside each file.
  readdirSync(resolve(dir, 'data/pages'))
    .filter((f) => f.endsWith('.json'))
    .flatMap(
      (f) => (JSON.parse(readFileSync(resolve(dir, 'data/pages', f), 'utf8')) as SummaryPage).items,
    );
const article = (dir: string, slug: string) =>
  JSON.parse(readFileSync(resolve(dir, `data/articles/${slug}.json`), 'utf8')) as ArticleDetail;
const longestHeadline = (dir: string) =>
  stories(dir).sort((a, b) => b.title.length - a.title.length)[0]!;

const env = {} as { browser: Browser; seeds: Served; fixture: Served };
beforeAll(async () => {
  [env.browser, env.seeds, env.fixture] = await Promise.all([
    launchBrowser(),
    serveDist(SITES.seeds),
    serveDist(SITES.fixture),
  ]);
});
afterAll(async () => {
  await env.browser?.close();
  await Promise.all([env.seeds?.close(), env.fixture?.close()]);
});

const cases = () => [
  { site: 'seeds' as const, story: stories(SITES.seeds)[0]! },
  { site: 'seeds' as const, story: longestHeadline(SITES.seeds) },
  { site: 'fixture' as const, story: longestHeadline(SITES.fixture) },
];

describe('a story on a 390x844 phone', () => {
  it('shows the first paragraph within the first screen, main tags above it', async () => {
    expect(longestHeadline(SITES.fixture).title.length).toBeGreaterThan(140);
    for (const { site, story } of cases()) {
      const { page, context, errors } = await openPage(env.browser, { viewport: PHONE });
      await page.goto(`${env[site].url}/articles/${story.slug}`);
      await ready(page);
      const where = `${site}: ${story.title}`;
      const box = await page.locator('main [data-body] > :first-child').boundingBox();
      expect(box, where).not.toBeNull();
      // Its top, and at least a line of it, inside the first screen without scrolling.
      expect(box!.y, where).toBeGreaterThan(0);
      expect(box!.y + 28, where).toBeLessThanOrEqual(PHONE.height);
      const about = page.getByRole('list', { name: 'About' });
      if (story.tags.length) {
        const aboutBox = await about.boundingBox();
        expect(aboutBox!.y, where).toBeLessThan(box!.y);
      }
      // The full grouping comes after the body on a phone.
      const inThisStory = page.getByRole('region', { name: 'In this story' });
      if (story.tags.length) expect((await inThisStory.boundingBox())!.y).toBeGreaterThan(box!.y);
      expect(errors, where).toEqual([]);
      await context.close();
    }
  });

  it('credits the story’s source under it', async () => {
    const credited = stories(SITES.fixture).find((s) => article(SITES.fixture, s.slug).source);
    expect(credited, 'the fixture corpus has a story with a Source: line').toBeDefined();
    const { page, context } = await openPage(env.browser, { viewport: PHONE });
    await page.goto(`${env.fixture.url}/articles/${credited!.slug}`);
    await ready(page);
    await expect
      .poll(() => page.locator('main').getByText('Source: Netflix', { exact: true }).count())
      .toBe(1);
    await context.close();
  });
});
