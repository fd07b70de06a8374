// Issue 19, "My stars": follow a tag, see its stories on /following with what is new since
// the previous visit marked, read marks in lists, saved stories, and export then import into
// a fresh browser. All in the browser's own storage, on the static site.
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { data, openPage, ready, setupSite, showJourney } from './support';

const env = setupSite();
const STARS_KEY = 'kwave:stars';

/** The stories of a tag, newest first, from the built data (its ordinals, every story's chunks). */
const titlesOf = (id: string) => {
  const ordinals = new Set(data.ordinals(id).ordinals);
  return data
    .home()
    .items.filter((s) => ordinals.has(s.ordinal))
    .map((s) => s.title);
};

const storyTitles = (page: Page) => page.locator('main article[data-story] h2 a').allInnerTexts();

/** Follows the show of the journey from its tag page; returns its tag. */
const followShow = async (page: Page) => {
  const { show } = showJourney();
  await page.goto(`${env.site.url}/tags/${show.id}`);
  await ready(page);
  await page.getByRole('button', { name: 'Follow', exact: true }).click();
  await expect
    .poll(() =>
      page.getByRole('button', { name: 'Following', exact: true }).getAttribute('aria-pressed'),
    )
    .toBe('true');
  return show;
};

/** Says the reader's current visit started at `time`: the next page load starts a new one. */
const visitStartedAt = (page: Page, time: number) =>
  page.evaluate(
    ([key, at]) => {
      const stars = JSON.parse(localStorage.getItem(key) ?? '{}');
      localStorage.setItem(key, JSON.stringify({ ...stars, visit: at }));
    },
    [STARS_KEY, time] as const,
  );

describe('following', () => {
  it('keeps a follow over a reload, and lists the followed stories on /following', async () => {
    const { page, errors, context } = await openPage(env.browser);
    const show = await followShow(page);
    await page.reload();
    await ready(page);
    expect(
      await page
        .getByRole('button', { name: 'Following', exact: true })
        .getAttribute('aria-pressed'),
    ).toBe('true');

    await page.getByRole('link', { name: /^Following/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Following' }).waitFor();
    await page.locator('main article[data-story]').first().waitFor();
    expect(await storyTitles(page)).toEqual(titlesOf(show.id));

    // Unfollowed: the page suggests what to follow instead.
    await page.getByRole('button', { name: `Following ${show.name}` }).click();
    await page.getByRole('heading', { name: /Most covered in the last/ }).waitFor();
    await page.reload();
    await ready(page);
    await page.getByRole('heading', { name: /Most covered in the last/ }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks stories new since the previous visit, and the marks move after a visit', async () => {
    const { page, errors, context } = await openPage(env.browser);
    const show = await followShow(page);
    // The last visit was before every story: on this one all of them are new, counted in the header.
    await visitStartedAt(page, 1);
    await page.goto(`${env.site.url}/following`);
    await ready(page);
    await page.locator('main article[data-story]').first().waitFor();
    const count = titlesOf(show.id).length;
    await expect
      .poll(() => page.locator('main article[data-story]', { hasText: 'New' }).count())
      .toBe(count);
    await expect
      .poll(() => page.getByRole('link', { name: /^Following/ }).innerText())
      .toContain(String(count));

    // Reading one takes its mark off, here and in the header's count.
    const first = page.locator('main article[data-story] h2 a').first();
    const title = await first.innerText();
    await first.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Following' }).waitFor();
    await page.locator('main article[data-story]').first().waitFor();
    await expect
      .poll(() => page.locator('main article[data-story]', { hasText: 'New' }).count())
      .toBe(count - 1);
    expect(await page.locator('main article[data-story] h2').first().textContent()).toMatch(
      /^Read: /,
    );

    // An hour later, the next visit: what was new on the last one is not any more.
    await visitStartedAt(page, Date.now() - 3_600_000);
    const fresh = await context.newPage();
    await fresh.goto(`${env.site.url}/following`);
    await ready(fresh);
    await fresh.locator('main article[data-story]').first().waitFor();
    expect(await fresh.locator('main article[data-story]', { hasText: 'New' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('read marks and saved stories', () => {
  it('marks an opened story read in lists, and offers unread only as a link', async () => {
    const { page, errors, context } = await openPage(env.browser);
    const { story } = showJourney();
    await page.goto(`${env.site.url}/articles/${story.slug}`);
    await ready(page);
    await page.goto(env.site.url);
    await ready(page);
    const card = page.locator('main article[data-story]', { hasText: story.title });
    await expect.poll(() => card.locator('h2').textContent()).toMatch(/^Read: /);
    await page.getByRole('link', { name: 'Unread only' }).click();
    await expect.poll(() => page.url()).toContain('unread=1');
    await expect.poll(() => storyTitles(page)).not.toContain(story.title);
    // The view is a link: opened directly it shows the same.
    const url = page.url();
    const again = await context.newPage();
    await again.goto(url);
    await ready(again);
    expect(await storyTitles(again)).not.toContain(story.title);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves a story to /saved; export then import brings follows, saves and read marks to a fresh browser', async () => {
    const { page, errors, context } = await openPage(env.browser, { acceptDownloads: true });
    const show = await followShow(page);
    const { story } = showJourney();
    await page.goto(`${env.site.url}/articles/${story.slug}`);
    await ready(page);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Saved', exact: true }).waitFor();
    await page.goto(`${env.site.url}/saved`);
    await ready(page);
    await page.getByRole('heading', { level: 2, name: story.title }).waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.follows.map((f: { id: string }) => f.id)).toEqual([show.id]);

    // Another browser: nothing there until the file is imported.
    const other = await openPage(env.browser);
    await other.page.goto(`${env.site.url}/saved`);
    await ready(other.page);
    await other.page.getByText('Nothing saved yet').waitFor();
    await other.page.getByLabel('Import').setInputFiles(file);
    await other.page
      .getByRole('status')
      .filter({ hasText: 'Imported 1 follow, 1 saved story' })
      .waitFor();
    await other.page.getByRole('heading', { level: 2, name: story.title }).waitFor();
    await other.page.goto(`${env.site.url}/following`);
    await ready(other.page);
    await other.page.locator('main article[data-story]').first().waitFor();
    expect(await storyTitles(other.page)).toEqual(titlesOf(show.id));
    await other.page.goto(env.site.url);
    await ready(other.page);
    const card = other.page.locator('main article[data-story]', { hasText: story.title });
    await expect.poll(() => card.locator('h2').textContent()).toMatch(/^Read: /);
    // A file that is not an export is refused, by name.
    await other.page.goto(`${env.site.url}/saved`);
    await ready(other.page);
    await other.page.getByLabel('Import').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"follows": []}'),
    });
    await other.page
      .getByRole('status')
      .filter({ hasText: 'notes.json is not a K-Wave Reader export' })
      .waitFor();
    expect([...errors, ...other.errors]).toEqual([]);
    await other.context.close();
    await context.close();
  });

  it('follows, saves and reaches /following with the keyboard alone', async () => {
    const { page, errors, context } = await openPage(env.browser);
    const { show } = showJourney();
    await page.goto(`${env.site.url}/tags/${show.id}`);
    await ready(page);
    const follow = page.getByRole('button', { name: 'Follow', exact: true });
    // Tab until the Follow button has focus, then Enter.
    for (let i = 0; i < 30 && !(await follow.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Following', exact: true }).waitFor();
    const nav = page.getByRole('link', { name: /^Following/ });
    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 30 && !(await nav.evaluate((a) => a === document.activeElement)); i++)
      await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Following' }).waitFor();
    // A story saved by keyboard: Tab to Save, then Space.
    const { story } = showJourney();
    await page.goto(`${env.site.url}/articles/${story.slug}`);
    await ready(page);
    const save = page.getByRole('button', { name: 'Save', exact: true });
    for (let i = 0; i < 30 && !(await save.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Saved', exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.each(['light', 'dark'] as const)(
  'axe-core on the stars views, %s theme',
  (colorScheme) => {
    it('has no violations on /following (with follows) and /saved (with a story)', async () => {
      const { page, errors, context } = await openPage(env.browser, { colorScheme });
      await followShow(page);
      const { story } = showJourney();
      await page.goto(`${env.site.url}/articles/${story.slug}`);
      await ready(page);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      for (const path of ['/following', '/saved', '/']) {
        await page.goto(env.site.url + path);
        await ready(page);
        await page.locator('main article').first().waitFor();
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        expect(
          results.violations.map(
            (v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`,
          ),
        ).toEqual([]);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  },
);
