// The service worker (src/sw.ts, decision 0028) in real Chromium, against a copy of the
// fixture site (the update test changes its sw.js): it installs and controls the page after
// a reload; offline, a visited story and the home page open and read in full, an unvisited
// story shows the offline page; a new worker is announced and taken only on Reload.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type Served } from '../../scripts/lib/serve-dist';
import type { ListChunk, SiteInfo } from '../../src/contract/model';
import { launchBrowser, openPage, ready } from './support';

const FIXTURE = resolve('dist-fixture');
let dir: string;
let site: Served;
let browser: Browser;

const readJson = async <T>(path: string) =>
  JSON.parse(await readFile(join(FIXTURE, 'data', path), 'utf8')) as T;

/** The two newest stories of the fixture: one to visit, one never visited. */
const stories = async () => {
  const { chunkCount } = await readJson<SiteInfo>('site.json');
  const { items } = await readJson<ListChunk>(`chunks/${chunkCount}.json`);
  const [visited, unvisited] = items;
  if (!visited || !unvisited) throw new Error('the fixture has fewer than two stories');
  return { visited, unvisited };
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kwave-offline-'));
  await cp(FIXTURE, dir, { recursive: true });
  // The server prefers the compressed twins; the update test edits sw.js itself.
  await rm(join(dir, 'sw.js.br'), { force: true });
  await rm(join(dir, 'sw.js.gz'), { force: true });
  [site, browser] = await Promise.all([serveDist(dir), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Opens `path`, waits for the worker to be active, reloads: the page is then controlled. */
const controlled = async (page: Page, path: string) => {
  await page.goto(site.url + path);
  await ready(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await ready(page);
  // The registration code has run (its status region is there) and the worker controls.
  await page.locator('body > [role="status"]').waitFor({ state: 'attached' });
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
    `${site.url}/sw.js`,
  );
};

describe('service worker', () => {
  it('installs, controls the page after a reload, and keeps visited pages for offline', async () => {
    const { visited, unvisited } = await stories();
    const { page, context, errors } = await openPage(browser);
    await controlled(page, '/');
    await page.goto(`${site.url}/articles/${visited.slug}`);
    await ready(page);
    const text = await page.locator('main article').innerText();
    expect(text).toContain(visited.title);

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    // A visited story reloads and reads in full.
    await page.reload();
    await ready(page);
    expect(await page.locator('main article').innerText()).toBe(text);

    // The visited home page opens.
    await page.goto(`${site.url}/`);
    await ready(page);
    await expect(page.locator('main').getByRole('link', { name: visited.title })).toBeTruthy();
    expect(await page.locator('main').innerText()).toContain(visited.title);

    // An unvisited story: the offline page, as served and as the app then shows it.
    await page.goto(`${site.url}/articles/${unvisited.slug}`);
    await ready(page);
    expect(await page.locator('main h1').innerText()).toBe('You are offline');
    expect(page.url()).toBe(`${site.url}/articles/${unvisited.slug}`);

    // A client-side navigation that fails offline shows the same message.
    await page.goto(`${site.url}/`);
    await ready(page);
    await page.locator('main').getByRole('link', { name: unvisited.title }).first().click();
    await page.locator('main h1', { hasText: 'You are offline' }).waitFor();

    await context.setOffline(false);
    // Offline, Chromium logs the failed fetches of the unvisited story's data.
    expect(errors.filter((e) => !/Failed to (load resource|fetch)|net::ERR/.test(e))).toEqual([]);
    await context.close();
  });

  it('opens the Following and Saved pages and a saved story offline, in full', async () => {
    // A story with a person, group or show to follow, and another never opened.
    const { chunkCount } = await readJson<SiteInfo>('site.json');
    const { items } = await readJson<ListChunk>(`chunks/${chunkCount}.json`);
    const followable = (s: (typeof items)[number]) =>
      s.tags.find((t) => ['person', 'group', 'show'].includes(t.kind));
    const visited = items.find(followable);
    const unvisited = items.find((s) => s !== visited);
    const tag = visited && followable(visited);
    if (!visited || !unvisited || !tag) throw new Error('the fixture has no story to follow');
    const { page, context, errors } = await openPage(browser);
    await controlled(page, '/');
    // Follow its tag, see it on Following, and save the story.
    await page.goto(`${site.url}/tags/${tag.id}`);
    await ready(page);
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    await page.goto(`${site.url}/following`);
    await ready(page);
    await page.locator('main article[data-story]').first().waitFor();
    const titles = (p: Page) => p.locator('main article[data-story] h2 a').allInnerTexts();
    const following = await titles(page);
    await page.goto(`${site.url}/articles/${visited.slug}`);
    await ready(page);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Saved', exact: true }).waitFor();
    const text = await page.locator('main article').innerText();
    // Its copy for reading offline is in the saved cache once Save has done its work.
    await expect
      .poll(() =>
        page.evaluate(async () => (await caches.open('kwave-saved')).keys().then((k) => k.length)),
      )
      .toBe(2);

    await context.setOffline(true);
    // Another tab, opened offline: Following and Saved from the worker, the saved story in full.
    const offline = await context.newPage();
    await offline.goto(`${site.url}/following`);
    await ready(offline);
    await offline.locator('main article[data-story]').first().waitFor();
    // The same stories (the one opened since is now marked read).
    expect(await titles(offline)).toEqual(following);
    await offline.goto(`${site.url}/saved`);
    await ready(offline);
    await offline.getByRole('link', { name: visited.title }).click();
    await offline.getByRole('heading', { level: 1, name: visited.title }).waitFor();
    expect(await offline.locator('main article').innerText()).toBe(text);
    // A story neither saved nor visited: the offline page.
    await offline.goto(`${site.url}/articles/${unvisited.slug}`);
    await ready(offline);
    expect(await offline.locator('main h1').innerText()).toBe('You are offline');
    await context.setOffline(false);
    expect(errors.filter((e) => !/Failed to (load resource|fetch)|net::ERR/.test(e))).toEqual([]);
    await context.close();
  });

  it('announces a new deployment and takes it only when the reader chooses Reload', async () => {
    const { page, context } = await openPage(browser);
    await controlled(page, '/');
    const before = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    const sw = join(dir, 'sw.js');
    const original = await readFile(sw, 'utf8');
    try {
      // A new deployment: other bytes at the same address.
      await writeFile(sw, `${original}\n// deployment 2\n`);
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });
      const status = page.getByRole('status').filter({ hasText: 'New stories are available' });
      await status.waitFor();
      // Nothing was applied by itself: the same document, under the worker it had.
      await page.evaluate(() => ((window as { mark?: number }).mark = 1));
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as { mark?: number }).mark)).toBe(1);

      // axe on the announcement, then the keyboard: Reload is reachable by Tab.
      const results = await new AxeBuilder({ page }).include('[role="status"]').analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
      const reload = status.getByRole('button', { name: 'Reload' });
      await reload.focus();
      expect(await reload.evaluate((b) => b === document.activeElement)).toBe(true);
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
      await ready(page);
      expect(await page.evaluate(() => (window as { mark?: number }).mark)).toBeUndefined();
      const state = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          waiting: !!registration?.waiting,
          controlled: !!navigator.serviceWorker.controller,
        };
      });
      expect(state).toEqual({ waiting: false, controlled: true });
      expect(before).toBe(`${site.url}/sw.js`);
    } finally {
      await writeFile(sw, original);
      await context.close();
    }
  });
});
