// What a plain static host does that the app must live with: it answers a folder's
// index.html by its file name too, and it cannot serve query-string variants of a page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { data, openPage, ready, setupSite } from './support';

const env = setupSite();

/**
 * Keeps the prerendered h1 as parsed, before any module script runs (the document turns
 * "interactive" first), so a test can tell hydration (same node) from a fresh render.
 */
const recordPrerenderedHeading = (page: Page) =>
  page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      Object.assign(window, { prerenderedH1: document.querySelector('main h1') });
    });
  });

const hydrated = (page: Page) =>
  page.evaluate(() => {
    const before = (window as { prerenderedH1?: Element | null }).prerenderedH1;
    return before != null && before === document.querySelector('main h1');
  });

describe('folder index.html addresses', () => {
  it.each([
    { path: '/index.html', to: '/', heading: () => 'Latest stories' },
    { path: '/tags/index.html', to: '/tags', heading: () => 'Tags' },
    {
      path: `/articles/${data.home().items[0]!.slug}/index.html`,
      to: `/articles/${data.home().items[0]!.slug}`,
      heading: () => data.home().items[0]!.title,
    },
  ])('$path shows its page at $to, hydrated', async ({ path, to, heading }) => {
    const { page, errors, context } = await openPage(env.browser);
    await recordPrerenderedHeading(page);
    const response = await page.goto(env.site.url + path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle'); // the prerendered h1 is there before the app runs
    await ready(page);
    expect(await page.locator('main h1').innerText()).toBe(heading());
    expect(new URL(page.url()).pathname).toBe(to);
    expect(await hydrated(page)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the search and the hash', async () => {
    const { page, errors, context } = await openPage(env.browser);
    await page.goto(`${env.site.url}/index.html?tag=bts#main`);
    await ready(page);
    expect(await page.locator('main h1').innerText()).toBe('Stories about BTS');
    const { pathname, search, hash } = new URL(page.url());
    expect({ pathname, search, hash }).toEqual({
      pathname: '/',
      search: '?tag=bts',
      hash: '#main',
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});

const NOTE = 'Filters and pages need JavaScript; showing the latest stories.';
const JS_ONLY = ['Dark theme', 'Keyboard shortcuts'];

describe('without JavaScript', () => {
  it('says filters need it where they are, and hides the controls that need it', async () => {
    const { page, context } = await openPage(env.browser, { javaScriptEnabled: false });
    // The host serves the unfiltered home page for any ?tag=.
    await page.goto(`${env.site.url}/?tag=bts`);
    expect(await page.locator('main h1').innerText()).toBe('Latest stories');
    const filter = page.getByRole('region', { name: 'Filter by people, groups and shows' });
    // Playwright's text matching skips <noscript>, so the note is found by its element.
    const note = filter.locator('noscript p');
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toBe(NOTE);
    for (const name of JS_ONLY) expect(await page.getByRole('button', { name }).count()).toBe(0);

    await page.goto(`${env.site.url}/articles/${data.home().items[0]!.slug}`);
    expect(await page.getByRole('button', { name: 'Share' }).count()).toBe(0);
    for (const name of JS_ONLY) expect(await page.getByRole('button', { name }).count()).toBe(0);
    await context.close();
  });

  it('with it, shows those controls once the app runs, and no note', async () => {
    const { page, errors, context } = await openPage(env.browser);
    await page.goto(`${env.site.url}/articles/${data.home().items[0]!.slug}`);
    for (const name of [...JS_ONLY, 'Share']) await page.getByRole('button', { name }).waitFor();
    await page.getByRole('link', { name: 'Stories', exact: true }).click();
    await page.waitForURL(env.site.url + '/');
    await ready(page);
    expect(await page.locator('main').innerText()).not.toContain(NOTE);
    expect(errors).toEqual([]);
    await context.close();
  });
});
