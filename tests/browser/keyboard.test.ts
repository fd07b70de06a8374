import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { data, openPage, ready, showJourney, setupSite } from './support';

const env = setupSite();

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName ?? '',
      text: (el as HTMLElement | null)?.innerText?.trim() ?? '',
      id: el?.id ?? '',
    };
  });

/** Presses Tab until the focused element's text matches, failing after `limit` presses. */
async function tabTo(page: Page, text: string | RegExp, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const { text: current } = await focused(page);
    if (typeof text === 'string' ? current === text : text.test(current)) return;
  }
  throw new Error(`Tab never reached ${text}`);
}

describe('keyboard only', () => {
  it('skip link, j/k, Enter, tag link, Back, shortcuts and theme toggle', async () => {
    const { show, story } = showJourney();
    const home = data.home().items;
    const { page, errors, context } = await openPage(env.browser);
    await page.goto(env.site.url + '/');
    await ready(page);

    // The skip link comes first and moves focus to <main>.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'A', text: 'Skip to content' });
    expect(await page.locator('a[href="#main"]').boundingBox()).not.toBeNull(); // visible when focused
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');

    // j / k walk the stories.
    // The first key also loads the shortcuts' code: its move lands a moment later.
    await page.keyboard.press('j');
    await expect.poll(async () => (await focused(page)).text).toBe(home[0]!.title);
    await page.keyboard.press('j');
    expect((await focused(page)).text).toBe(home[1]!.title);
    await page.keyboard.press('k');
    expect((await focused(page)).text).toBe(home[0]!.title);

    // Walk to the journey story and open it with Enter.
    const index = home.findIndex((item) => item.slug === story.slug);
    for (let i = 0; i < index; i++) await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/articles/${story.slug}`);
    await expect.poll(async () => (await focused(page)).tag).toBe('H1');

    // Tab to the show's tag and follow it.
    await tabTo(page, show.name);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/tags/${show.id}`);
    await expect.poll(async () => (await focused(page)).text).toBe(show.name);

    // Back (Alt+Left is the browser's; here the history API) returns to the story.
    await page.goBack();
    await expect.poll(() => page.locator('h1').innerText()).toBe(story.title);

    // ? shows the shortcuts, focus on their heading: a Space there does not turn them off
    // (it did when focus landed on the switch); Tab reaches the switch; Escape closes.
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const heading = dialog.getByRole('heading', { name: 'Keyboard shortcuts' });
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    const toggle = dialog.getByRole('checkbox', { name: 'Single-key shortcuts' });
    expect(await toggle.isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // The theme toggle works from the keyboard and the choice survives a reload.
    await tabTo(page, /^Dark theme$/);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
      true,
    );
    await page.reload();
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
      true,
    );
    expect(
      await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed'),
    ).toBe('true');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps focus off <body> when the filter control used goes away', async () => {
    const { page, errors, context } = await openPage(env.browser);
    await page.goto(env.site.url + '/?tag=steve-yoo');
    await ready(page);
    await tabTo(page, 'Clear filters');
    await page.keyboard.press('Enter');
    await page.waitForURL(env.site.url + '/');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'H1', text: 'Latest stories' });

    // Songs are not offered as chips: a song's chip shows only while it is selected.
    const song = data.tags().tags.find((tag) => tag.kind === 'song')!;
    await page.goto(`${env.site.url}/?tag=${song.id}`);
    await ready(page);
    await tabTo(page, new RegExp(`^${song.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await page.keyboard.press('Enter');
    await page.waitForURL(env.site.url + '/');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'H1', text: 'Latest stories' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a visible focus indicator on links and buttons', async () => {
    const { page, context } = await openPage(env.browser);
    await page.goto(env.site.url + '/tags');
    await ready(page);
    await tabTo(page, 'Tags');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await context.close();
  });
});
