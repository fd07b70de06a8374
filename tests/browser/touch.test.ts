// Keyboard hints only where there is a keyboard: a phone shows neither the "/" in the search
// box nor the footer's shortcuts button until a key is pressed outside a text field; a
// desktop with a mouse shows both.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, ready, setupSite } from './support';

const env = setupSite();

const PHONE = { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true };

const hints = async (page: Page) => ({
  placeholder: await page.getByRole('combobox', { name: /Search/ }).getAttribute('placeholder'),
  slash: await page.locator('form[role="search"] kbd').isVisible(),
  shortcuts: await page.locator('footer button', { hasText: 'Keyboard shortcuts' }).isVisible(),
});

describe('keyboard hints', () => {
  it('a phone shows none until a key is pressed outside a text field', async () => {
    const { page, errors, context } = await openPage(env.browser, PHONE);
    await page.goto(env.site.url + '/');
    await ready(page);
    expect(await hints(page)).toEqual({ placeholder: 'Search', slash: false, shortcuts: false });

    // Typing into the search box (as an on-screen keyboard does) is no sign of a keyboard.
    const box = page.getByRole('combobox', { name: /Search/ });
    await box.tap();
    await box.pressSequentially('bt');
    await box.fill('');
    await box.blur();
    expect(await hints(page)).toMatchObject({ slash: false, shortcuts: false });

    await page.locator('main h1').click();
    await page.keyboard.press('Tab');
    expect(await hints(page)).toEqual({ placeholder: 'Search', slash: true, shortcuts: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a desktop with a mouse shows them from the start', async () => {
    const { page, errors, context } = await openPage(env.browser);
    await page.goto(env.site.url + '/');
    await ready(page);
    expect(await hints(page)).toEqual({ placeholder: 'Search', slash: true, shortcuts: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
