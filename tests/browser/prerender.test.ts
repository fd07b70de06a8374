// Prerendered pages in real Chromium: readable without JavaScript, hydrated without errors
// or refetching with it, hostile text inert, unknown paths answered by the 404 page.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_ARGS, CHROME_PATH } from '../../scripts/lib/chromium.ts';
import { serveDist, type Served } from '../../scripts/lib/serve-dist.ts';
import { paths } from '../../src/config/paths.ts';
import { dataPaths } from '../../src/config/data-paths.ts';
import type { ArticleDetail } from '../../src/contract/model.ts';
import { SITES, readJson, summariesOf } from '../dist/support.ts';

let browser: Browser;
const servers: Served[] = [];
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

/** A page that records console errors, uncaught errors, dialogs and every request made. */
const open = async (javaScriptEnabled = true) => {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  return { page, problems, requests, close: () => context.close() };
};

const bodyText = (page: Page) => page.locator('main').innerText();

describe.each(SITES)('prerendered pages of $name', (site) => {
  let url: string;
  const stories = summariesOf(site);
  beforeAll(async () => {
    const served = await serveDist(site.dir);
    servers.push(served);
    url = served.url;
  });

  it('shows a story’s title and full text with JavaScript disabled', async () => {
    const { page, close } = await open(false);
    for (const story of stories) {
      const response = await page.goto(`${url}${paths.article.getHref(story.slug)}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1').innerText()).resolves.toBe(story.title);
      const article = readJson<ArticleDetail>(site, dataPaths.article(story.slug).slice(1));
      const text = await bodyText(page);
      for (const block of article.body) {
        for (const line of block.type === 'list' ? block.items : block.lines)
          expect(text).toContain(line);
      }
    }
    await close();
  });

  it('hydrates a story with no console error and no second fetch of its data', async () => {
    const { page, problems, requests, close } = await open();
    const story = stories[0]!;
    await page.goto(`${url}${paths.article.getHref(story.slug)}`);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    expect(requests.filter((r) => r.startsWith('/data/'))).toEqual([]);
    // Hydrated: client-side navigation works without a full page load.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Tags' })
      .click();
    await expect(page.waitForURL(`${url}/tags`)).resolves.toBeUndefined();
    expect(requests.filter((r) => r === '/tags' || r === '/tags/')).toEqual([]);
    await close();
  });

  it('answers an unknown path with the 404 page, status 404', async () => {
    const { page, problems, close } = await open();
    const response = await page.goto(`${url}/no/such/page`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(
      /not found/i,
    );
    await page.waitForLoadState('networkidle');
    expect(problems.filter((p) => !/404 \(Not Found\)/.test(p))).toEqual([]);
    await close();
  });
});

describe('the hostile story in the browser', () => {
  const site = SITES[1]!;
  const hostile = summariesOf(site).find((s) => s.title.includes('</script>'))!;

  it.each([true, false])(
    'shows its text literally and runs nothing (JavaScript %s)',
    async (js) => {
      const served = await serveDist(site.dir);
      servers.push(served);
      const { page, problems, close } = await open(js);
      await page.goto(`${served.url}${paths.article.getHref(hostile.slug)}`);
      if (js) await page.waitForLoadState('networkidle');
      await expect(page.locator('h1').innerText()).resolves.toBe(hostile.title);
      expect(await bodyText(page)).toContain('</script><script>alert("body")</script>');
      expect(await page.locator('main img, main b, main script').count()).toBe(0);
      expect(problems).toEqual([]);
      await close();
    },
  );
});
