// Issue 10, "a reader fans would choose": filter chips that follow groups and never lead
// nowhere, tag URLs in any case, j/k on a story page, and a host with an SPA fallback.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TagCount } from '../../src/contract/model';
import {
  cardsOf,
  data,
  openPage,
  ready,
  setupSite,
  showJourney,
  startServer,
  type Site,
} from './support';

const env = setupSite();

const OFFERED = new Set(['person', 'group', 'show']);

/** Stories carrying every one of these tags, from the built data. */
const storiesWith = (ids: string[]) =>
  ids
    .map((id) => new Set(data.ordinals(id).ordinals))
    .reduce((all, set) => new Set([...all].filter((o) => set.has(o))));

/** The filter's chips as shown: name, count (null when selected) and text. */
const chipsOf = async (page: Page) => {
  const region = page.getByRole('region', { name: 'Filter by people, groups and shows' });
  const texts = await region
    .getByRole('listitem')
    .evaluateAll((items) => items.map((li) => li.textContent ?? ''));
  return texts
    .filter((text) => text !== 'More tags')
    .map((text) => {
      const counted = /^(.*) (\d+) stor(?:y|ies)$/.exec(text);
      return counted
        ? { name: counted[1]!, count: Number(counted[2]), text }
        : { name: text.replace(' (selected, remove filter)', ''), count: null, text };
    });
};

const tagNamed = (name: string): TagCount => {
  const tag = data.tags().tags.find((t) => t.name === name);
  if (!tag) throw new Error(`no tag named ${name}`);
  return tag;
};

describe('filter chips', () => {
  it('offer groups too, each with its count; with a filter on, only chips that leave stories', async () => {
    const { show } = showJourney();
    const { page, errors, context } = await openPage(env.browser);
    await page.goto(env.site.url + '/');
    await ready(page);

    // Unfiltered: a count per chip, the tag's own; a group among them.
    const first = await chipsOf(page);
    expect(first.length).toBeGreaterThan(0);
    for (const chip of first) expect(chip.count, chip.text).toBe(tagNamed(chip.name).count);
    expect(first.some((chip) => tagNamed(chip.name).kind === 'group')).toBe(true);
    const region = page.getByRole('region', { name: 'Filter by people, groups and shows' });
    expect(await region.getByRole('link', { name: 'More tags' }).getAttribute('href')).toBe(
      '/tags',
    );

    // Choose the show: every chip still offered counts the stories it would leave, none zero,
    // and every person, group or show missing from the show's stories is gone.
    await region.getByRole('link', { name: new RegExp(`^${show.name} \\d+ stor`) }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(`Stories about ${show.name}`);
    const filtered = await chipsOf(page);
    const offered = filtered.filter((chip) => chip.count !== null);
    expect(offered.length).toBeGreaterThan(0);
    for (const chip of offered) {
      const expected = storiesWith([show.id, tagNamed(chip.name).id]).size;
      expect(expected).toBeGreaterThan(0);
      expect(chip.count, chip.text).toBe(expected);
    }
    const names = new Set(filtered.map((chip) => chip.name));
    const leadingNowhere = data
      .tags()
      .tags.filter((t) => OFFERED.has(t.kind) && storiesWith([show.id, t.id]).size === 0);
    expect(leadingNowhere.length).toBeGreaterThan(0); // the check below can fail
    for (const tag of leadingNowhere) expect(names.has(tag.name), tag.name).toBe(false);

    // Following a chip shows as many stories as it said.
    const next = offered[0]!;
    await region.getByRole('link', { name: next.text }).click();
    await expect
      .poll(() => page.locator('main [data-announce]').innerText())
      .toBe(`${next.count} ${next.count === 1 ? 'story' : 'stories'}`);
    // One card an event: the chip counted stories.
    const both = storiesWith([show.id, tagNamed(next.name).id]);
    expect(await page.locator('main article h2 a').count()).toBe(
      cardsOf(data.stories().filter((s) => both.has(s.ordinal))).length,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('More tags leads to every tag, and its find box narrows them', async () => {
    const { page, errors, context } = await openPage(env.browser);
    await page.goto(env.site.url + '/');
    await ready(page);
    await page.getByRole('link', { name: 'More tags' }).click();
    await page.waitForURL('**/tags');
    const group = data.tags().tags.find((t) => t.kind === 'group')!;
    await page.getByRole('searchbox', { name: 'Find a tag' }).fill(group.name.toLowerCase());
    await page.waitForURL(`**/tags?q=${encodeURIComponent(group.name.toLowerCase())}`);
    const links = page.getByRole('main').getByRole('link');
    await expect.poll(() => links.first().getAttribute('href')).toBe(`/tags/${group.id}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('tag URLs in capitals', () => {
  it.each([
    { url: '/tags/BTS', path: '/tags/bts', search: '', heading: 'BTS' },
    { url: '/?tag=BTS', path: '/', search: '?tag=bts', heading: 'Stories about BTS' },
  ])('$url opens the lowercase address, replacing it', async ({ url, path, search, heading }) => {
    const { page, errors, shellNotFound, context } = await openPage(env.browser);
    await page.goto(env.site.url + '/tags');
    await ready(page);
    await page.goto(env.site.url + url);
    await expect.poll(() => page.locator('main h1').innerText()).toBe(heading);
    const at = new URL(page.url());
    expect(at.pathname + at.search).toBe(path + search);
    // The capitalised address was replaced, not kept in history: Back leaves it behind.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/tags');
    // The host answers /tags/BTS with 404.html (status 404), which the app then redirects.
    expect(shellNotFound.length).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('j and k on a story page', () => {
  it('go to the next (older) story and back, in the home list order', async () => {
    const [first, second] = data.home().items;
    const { page, errors, context } = await openPage(env.browser);
    await page.goto(`${env.site.url}/articles/${first!.slug}`);
    await ready(page);
    await page.keyboard.press('j');
    await page.waitForURL(`**/articles/${second!.slug}`);
    await expect.poll(() => page.locator('main h1').innerText()).toBe(second!.title);
    await page.keyboard.press('k');
    await page.waitForURL(`**/articles/${first!.slug}`);
    await expect.poll(() => page.locator('main h1').innerText()).toBe(first!.title);
    // The newest story has no newer one: k stays, and focus does not wander into the related
    // stories (j from there would only move focus): the next j opens the second story again.
    await page.keyboard.press('k');
    await page.keyboard.press('j');
    await page.waitForURL(`**/articles/${second!.slug}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a host that answers unknown paths with index.html (SPA fallback)', () => {
  let spa: Site;
  beforeAll(async () => {
    spa = await startServer({ spa: true });
  });
  afterAll(() => spa?.close());

  it.each([
    { path: '/articles/no-such-story-abc123', heading: 'Story not found' },
    { path: '/tags/no-such-tag', heading: 'Tag not found' },
  ])('$path shows "$heading", not an error', async ({ path, heading }) => {
    const { page, errors, context } = await openPage(env.browser);
    const response = await page.goto(spa.url + path);
    expect(response?.status()).toBe(200); // the fallback: index.html
    await expect.poll(() => page.locator('main h1').innerText()).toBe(heading);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
