import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TagDetail } from '../../src/contract/model';
import { data, openPage, ready, readData, showJourney, setupSite } from './support';

const env = setupSite();

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  // Guard against a silent no-op: the checks this issue cares about must actually have run.
  const ran = [...results.passes, ...results.violations].map((r) => r.id);
  expect(ran).toEqual(expect.arrayContaining(['color-contrast', 'target-size']));
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** A group page that lists its members' stories, and an any-of filter, where the seeds have them. */
function groupViews(showId: string): Record<string, string> {
  const group = data
    .tags()
    .tags.find(
      (tag) =>
        tag.kind === 'group' &&
        readData<TagDetail>(`tags/${tag.id}/info.json`).family !== undefined,
    );
  return group
    ? {
        'group with members': `/tags/${group.id}`,
        'any-of filter': `/?tag=${group.id}&tag=${showId}&match=any`,
      }
    : {};
}

function views() {
  const { show, story } = showJourney();
  return {
    home: '/',
    'filtered home': `/?tag=${show.id}`,
    story: `/articles/${story.slug}`,
    tags: '/tags',
    tag: `/tags/${show.id}`,
    'not found': '/no/such/page',
    // Issue 19: a group's page with its members' stories, and an "any of" filter.
    ...groupViews(show.id),
    offline: '/offline',
  } as Record<string, string>;
}

describe.each(['light', 'dark'] as const)('axe-core, %s theme', (colorScheme) => {
  it.each(Object.entries(views()))('%s has no violations', async (_name, path) => {
    const { page, errors, context } = await openPage(env.browser, { colorScheme });
    await page.goto(env.site.url + path);
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
      colorScheme === 'dark',
    );
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the search page with results, and the open suggestions, have no violations', async () => {
    const { show } = showJourney();
    const { page, errors, context } = await openPage(env.browser, { colorScheme });
    await page.goto(`${env.site.url}/search?q=${encodeURIComponent(show.name)}`);
    await page.locator('main [role="status"]').filter({ hasText: /match/ }).waitFor();
    await page.locator('main ol li').first().waitFor();
    expect(await violations(page)).toEqual([]);

    const box = page.getByRole('combobox', { name: 'Search stories, people and shows' });
    await box.focus();
    await page.keyboard.type(show.name.slice(0, 4));
    await page.getByRole('listbox', { name: 'Suggested tags' }).waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the error view and the shortcuts dialog have no violations', async () => {
    const { story } = showJourney();
    const { page, context } = await openPage(env.browser, { colorScheme });
    await page.goto(env.site.url + '/');
    await ready(page);
    await page.route('**/data/articles/**', (route) => route.abort('internetdisconnected'));
    await page.getByRole('link', { name: story.title, exact: true }).click();
    await page.getByRole('button', { name: 'Retry' }).waitFor();
    expect(await violations(page)).toEqual([]);

    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
