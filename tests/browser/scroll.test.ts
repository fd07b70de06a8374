// Scroll positions: the app starts after the first paint (docs/decisions/0011-first-paint.md),
// so a reader may scroll the prerendered page before it does; starting must not move them.
// After that, a new page starts at its top and Back returns to where the reader was.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { data, openPage, setupSite } from './support';

const env = setupSite();
// Short, so every page scrolls.
const viewport = { width: 390, height: 420 };

const started = (page: Page) =>
  page.waitForFunction(() => document.documentElement.classList.contains('js'));
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

describe('scroll', () => {
  it('stays where the reader scrolled before the app started', async () => {
    const { page, errors, context } = await openPage(env.browser, { viewport });
    // Hold the app's entry script until the reader has scrolled.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/index-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${env.site.url}/articles/${data.home().items[0]!.slug}`, {
      waitUntil: 'domcontentloaded',
    });
    await page.evaluate(() => window.scrollTo(0, 300));
    const before = await scrollY(page);
    expect(before).toBeGreaterThan(200);
    release();
    await started(page);
    // Effects run right after the app starts; give them a frame or two.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    expect(await scrollY(page)).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a new page at its top and Back returns to where the reader was', async () => {
    const { page, errors, context } = await openPage(env.browser, { viewport });
    await page.goto(`${env.site.url}/`);
    await started(page);
    await page.evaluate(() => window.scrollTo(0, 250));
    const before = await scrollY(page);
    expect(before).toBeGreaterThan(200);
    // A DOM click: Playwright's own would first scroll the link into view.
    const story = data.home().items.at(-1)!;
    await page.locator(`main a[href="/articles/${story.slug}"]`).first().dispatchEvent('click');
    await page.waitForURL(`**/articles/${story.slug}`);
    await expect.poll(() => page.locator('h1').innerText()).toBe(story.title);
    expect(await scrollY(page)).toBe(0);
    await page.goBack();
    await page.waitForURL(`${env.site.url}/`);
    await expect.poll(() => scrollY(page)).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });
});
