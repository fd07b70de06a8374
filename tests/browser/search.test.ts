// Search on the built fixture site (npm run build:fixture): a star found by stage name,
// legal name, Hangul and an unaccented spelling; suggestions open tag pages; the query
// lives in the URL (direct open, reload, Back); everything works from the keyboard; and
// without JavaScript the page says so.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type Served } from '../../scripts/lib/serve-dist';
import { launchBrowser, openPage, ready } from './support';

const env = {} as { site: Served; browser: Browser };
beforeAll(async () => {
  [env.site, env.browser] = await Promise.all([
    serveDist(resolve('dist-fixture')),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await env.browser?.close();
  await env.site?.close();
});

const ROSE_STORY = 'Rosé Holds the Top Spot Again With "APT."';
const POP_UP_STORY = "Fans Queue for Hours at Jungkook's Pop-Up Store in Seoul";
const SEVEN_STORY = 'Jungkook\'s "Seven" Passes Two Billion Streams';
const FAVOURITE_STORY = 'Jungkook\'s "Seven" Is a Spotify Favourite';
const GOLDEN_STORY = 'Jungkook Releases His First Solo Album, Golden';

const resultTitles = (page: Page) =>
  page.locator('main section[aria-labelledby="search-stories"] ol h3').allInnerTexts();

/** Waits for the results of the query in the URL, then returns their titles. */
async function results(page: Page) {
  await page.locator('main [role="status"]').filter({ hasText: /match/ }).waitFor();
  return resultTitles(page);
}

async function search(path: string) {
  const opened = await openPage(env.browser);
  await opened.page.goto(env.site.url + path);
  await ready(opened.page);
  return opened;
}

describe('full-text search', () => {
  it.each([
    ['a stage name, without its accent', 'Rose', [ROSE_STORY]],
    ['a legal name', 'Park Chae-young', [ROSE_STORY]],
    ['a Hangul name', '로제', [ROSE_STORY]],
    ['a Hangul word by its prefix (돌아 finds 돌아왔다)', '돌아', [POP_UP_STORY]],
    [
      'a legal name the story never uses',
      'Jeon Jung-kook',
      [SEVEN_STORY, POP_UP_STORY, FAVOURITE_STORY, GOLDEN_STORY],
    ],
  ])('finds a star by %s', async (_how, q, expected) => {
    const { page, errors, context } = await search(`/search?q=${encodeURIComponent(q)}`);
    expect((await results(page)).sort()).toEqual([...expected].sort());
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows excerpts of the story's own text, never the names added for matching", async () => {
    // No story says 로제 or Jeon Jung-kook: their records carry them for matching only.
    for (const q of ['로제', 'Jeon Jung-kook']) {
      const { page, context } = await search(`/search?q=${encodeURIComponent(q)}`);
      await results(page);
      const excerpts = await page
        .locator('main section[aria-labelledby="search-stories"] ol li')
        .allInnerTexts();
      expect(excerpts.length).toBeGreaterThan(0);
      for (const excerpt of excerpts) expect(excerpt).not.toMatch(/Also known as|로제|Jeon/);
      await context.close();
    }
  });

  it('finds a Hangul name followed by a particle (정국 finds 정국이)', async () => {
    const { page, context } = await search(`/search?q=${encodeURIComponent('정국')}`);
    // The pop-up story says 정국이 and nothing else in Hangul: its record has no other 정국.
    expect(await results(page)).toContain(POP_UP_STORY);
    await context.close();
  });

  it('ranks headline matches first and marks the matched words', async () => {
    const { page, context } = await search('/search?q=streams');
    // The Rosé story says "streams" twice in its body; the "Seven" story once in its
    // body and once in its headline, which weighs more.
    expect(await results(page)).toEqual([SEVEN_STORY, ROSE_STORY]);
    expect(await page.locator('main ol mark').first().innerText()).toMatch(/^streams$/i);
    await context.close();
  });

  it('shows the same results when opened directly and reloaded, and Back restores the query', async () => {
    const { page, context } = await search('/search?q=Jungkook');
    const first = await results(page);
    expect(first).toContain(SEVEN_STORY);
    await page.reload();
    expect(await results(page)).toEqual(first);
    await page.getByRole('link', { name: SEVEN_STORY }).click();
    await page.getByRole('heading', { level: 1, name: SEVEN_STORY }).waitFor();
    await page.goBack();
    expect(new URL(page.url()).searchParams.get('q')).toBe('Jungkook');
    expect(await results(page)).toEqual(first);
    expect(await page.getByRole('searchbox', { name: 'Search stories' }).inputValue()).toBe(
      'Jungkook',
    );
    await context.close();
  });

  it('lists matching tags above the stories, each linking to its tag page', async () => {
    const { page, context } = await search('/search?q=Lee%20Ji%20Eun');
    await results(page);
    const tag = page.getByRole('region', { name: 'Tags' }).getByRole('link').first();
    expect(await tag.innerText()).toMatch(/^IU \(Lee Ji-eun\)/);
    await tag.click();
    await page.getByRole('heading', { level: 1, name: 'IU' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/tags/iu');
    await context.close();
  });
});

describe('the header search box', () => {
  it('is reached with "/", suggests a tag by another spelling, and opens it by keyboard', async () => {
    const { page, errors, context } = await search('/');
    await page.waitForSelector('html.js');
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search stories, people and shows' });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Yu Seung');
    // No suggestion for a name nobody has: the list stays closed.
    await page.waitForTimeout(300);
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.fill('');
    await page.keyboard.type('park chae');
    const listbox = page.getByRole('listbox', { name: 'Suggested tags' });
    await listbox.waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await listbox.getByRole('option').first().innerText()).toMatch(/^Rosé/);
    await page.keyboard.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Rosé' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/tags/rose-blackpink');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('closes with Escape, then Enter searches the words typed', async () => {
    const { page, context } = await search('/tags');
    await page.waitForSelector('html.js');
    const box = page.getByRole('combobox', { name: 'Search stories, people and shows' });
    await box.focus();
    await page.keyboard.type('jungkook');
    await page.getByRole('listbox').waitFor();
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=jungkook$/);
    expect(await results(page)).toContain(POP_UP_STORY);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('the search page says search needs JavaScript and links to the tags', async () => {
    const { page, context } = await openPage(env.browser, { javaScriptEnabled: false });
    const response = await page.goto(`${env.site.url}/search?q=rose`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Search needs JavaScript/);
    expect(await page.getByRole('link', { name: 'Browse all tags' }).getAttribute('href')).toBe(
      '/tags',
    );
    // The header form is a plain GET form to /search: it works before any script runs.
    const form = page.getByRole('search', { name: 'Site' });
    expect(await form.getAttribute('action')).toBe('/search');
    await context.close();
  });
});
