import { describe, expect, it } from 'vitest';
import { openPage, ready, setupSite } from './support';

const env = setupSite();

// Records, before any page script runs, when the html element first got the dark class and
// whether <body> existed yet: a class set before <body> is set before the first paint.
const RECORD_THEME_TIMING = `
  window.__themeTiming = { darkBeforeBody: null };
  // Init scripts run before <html> exists, so watch the whole document.
  new MutationObserver(() => {
    const html = document.documentElement;
    if (window.__themeTiming.darkBeforeBody === null && html && html.classList.contains('dark')) {
      window.__themeTiming.darkBeforeBody = !document.body;
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
`;

describe('theme', () => {
  it('follows a dark system setting before the first paint', async () => {
    const { page, errors, context } = await openPage(env.browser, { colorScheme: 'dark' });
    await page.addInitScript(RECORD_THEME_TIMING);
    await page.goto(env.site.url + '/tags');
    await ready(page);
    const timing = await page.evaluate(
      () =>
        (window as unknown as { __themeTiming: { darkBeforeBody: boolean | null } }).__themeTiming,
    );
    expect(timing.darkBeforeBody).toBe(true);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toMatch(/rgb\(255, 255, 255\)/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a stored light choice beats a dark system setting', async () => {
    const { page, context } = await openPage(env.browser, { colorScheme: 'dark' });
    await page.goto(env.site.url + '/tags');
    await ready(page);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('light');
    await page.reload();
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
      false,
    );
    await context.close();
  });
});
