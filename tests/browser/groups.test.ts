// Issue 19 on the built fixture site (npm run build:fixture): BTS's page lists its member
// Jungkook's stories too, marked, in its prerendered HTML and in the app; "BTS only" is a
// link (?own=1); an "any of" filter link opens with the right stories; feed links show.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type Served } from '../../scripts/lib/serve-dist';
import type { ListChunk, TagOrdinals } from '../../src/contract/model';
import { launchBrowser, openPage, ready } from './support';

const DIST = resolve('dist-fixture');
const env = {} as { site: Served; browser: Browser };
beforeAll(async () => {
  [env.site, env.browser] = await Promise.all([serveDist(DIST), launchBrowser()]);
});
afterAll(async () => {
  await env.browser?.close();
  await env.site?.close();
});

const read = <T>(path: string) => JSON.parse(readFileSync(`${DIST}/data/${path}`, 'utf8')) as T;
const GOLDEN = 'Jungkook Releases His First Solo Album, Golden';
const RETURN = 'BTS Members Return From Military Service';

describe('group pages and any-of filters', () => {
  it("a group's page lists its members' stories, marked, and switches to its own by a link", async () => {
    // The fixture's Golden story names Jungkook, not BTS: the group's own list lacks it.
    const own = read<ListChunk>('tags/bts/chunks/1.json').items.map((s) => s.title);
    expect(own).not.toContain(GOLDEN);

    // Without JavaScript, the prerendered page shows the combined list already.
    const html = readFileSync(`${DIST}/tags/bts/index.html`, 'utf8');
    expect(html).toContain('Golden');
    expect(html).toContain('with Jungkook');

    const { page, errors, context } = await openPage(env.browser);
    await page.goto(`${env.site.url}/tags/bts`);
    await ready(page);
    const stories = page.getByRole('region', { name: 'Stories' });
    const golden = stories.locator('article').filter({ hasText: GOLDEN });
    await expect.poll(() => golden.getByText('with Jungkook').count()).toBe(1);
    const groupOnly = stories.locator('article').filter({ hasText: RETURN });
    expect(await groupOnly.getByText(/^with /).count()).toBe(0);

    await stories.getByRole('link', { name: "BTS's own stories only" }).click();
    await page.waitForURL('**/tags/bts?own=1');
    await stories.getByText("BTS's own stories.").waitFor();
    expect(await stories.locator('article h3').allInnerTexts()).toEqual(own);

    // The feeds of the tag, visible.
    const rss = page.getByRole('link', { name: 'RSS feed' });
    expect(await rss.getAttribute('href')).toBe('/tags/bts/feed.xml');
    expect((await page.request.get(`${env.site.url}/tags/bts/feed.xml`)).ok()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an "any of" filter link opens with the stories of either tag', async () => {
    const ids = ['iu', 'park-bo-gum'];
    const union = [
      ...new Set(ids.flatMap((id) => read<TagOrdinals>(`tags/${id}/ordinals.json`).ordinals)),
    ];
    const { page, errors, context } = await openPage(env.browser);
    await page.goto(`${env.site.url}/?tag=iu&tag=park-bo-gum&match=any`);
    await ready(page);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Stories about IU or Park Bo Gum');
    await expect.poll(() => page.locator('main article h2').count()).toBe(union.length);
    const filter = page.getByRole('region', { name: 'Filter by people, groups and shows' });
    // "All of" is a link too: fewer stories, those naming both.
    await filter.getByRole('link', { name: 'Stories with all of these tags' }).click();
    await page.waitForURL('**/?tag=iu&tag=park-bo-gum');
    await expect
      .poll(() => page.locator('h1').innerText())
      .toBe('Stories about IU and Park Bo Gum');
    expect(errors).toEqual([]);
    await context.close();
  });
});
