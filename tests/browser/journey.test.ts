import { describe, expect, it } from 'vitest';
import { data, openPage, ready, showJourney, setupSite } from './support';

const env = setupSite();

describe('reading journey', () => {
  it('home → story → its show tag → exactly that show’s stories → Back to the story', async () => {
    const { show, story } = showJourney();
    const { page, errors, context } = await openPage(env.browser);

    await page.goto(env.site.url + '/');
    await ready(page);
    expect(await page.title()).toBe('Latest stories · K-Wave Reader');
    const titles = await page.locator('main article h2 a').allInnerTexts();
    expect(titles).toEqual(data.home().items.map((item) => item.title));

    await page.getByRole('link', { name: story.title, exact: true }).click();
    await page.waitForURL(`**/articles/${story.slug}`);
    await expect.poll(() => page.locator('h1').innerText()).toBe(story.title);
    expect(await page.title()).toBe(`${story.title} · K-Wave Reader`);
    // Focus moved to the new page's heading.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    const tags = page.getByRole('region', { name: 'In this story' });
    await tags.getByRole('link', { name: show.name, exact: true }).click();
    await page.waitForURL(`**/tags/${show.id}`);
    await expect.poll(() => page.locator('h1').innerText()).toBe(show.name);

    const listed = await page
      .getByRole('region', { name: 'Stories' })
      .locator('h3 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const expected = data
      .home()
      .items.filter((item) => data.ordinals(show.id).ordinals.includes(item.ordinal))
      .map((item) => `/articles/${item.slug}`);
    expect(listed).toEqual(expected);
    expect(listed).toHaveLength(show.count);

    await page.goBack();
    await page.waitForURL(`**/articles/${story.slug}`);
    await expect.poll(() => page.locator('h1').innerText()).toBe(story.title);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters the home list by two tags through the URL', async () => {
    const { show } = showJourney();
    const home = data.home().items;
    // A person who shares at least one story with the show, so the intersection is not empty.
    const person = data
      .tags()
      .tags.filter((tag) => tag.kind === 'person')
      .find((tag) =>
        data.ordinals(tag.id).ordinals.some((o) => data.ordinals(show.id).ordinals.includes(o)),
      );
    if (!person) throw new Error('no person shares a story with the show');
    const both = data
      .ordinals(show.id)
      .ordinals.filter((o) => data.ordinals(person.id).ordinals.includes(o));

    const { page, errors, context } = await openPage(env.browser);
    await page.goto(`${env.site.url}/?tag=${show.id}&tag=${person.id}`);
    await ready(page);
    const titles = await page.locator('main article h2 a').allInnerTexts();
    expect(titles).toEqual(
      home.filter((item) => both.includes(item.ordinal)).map((item) => item.title),
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
