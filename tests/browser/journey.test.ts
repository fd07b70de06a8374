import { describe, expect, it } from 'vitest';
import { cardsOf, data, openPage, ready, showJourney, setupSite } from './support';

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
    // One card an event: as many cards as the show's stories less the reports inside cards.
    expect(listed).toHaveLength(
      cardsOf(data.stories().filter((s) => data.ordinals(show.id).ordinals.includes(s.ordinal)))
        .length,
    );

    await page.goBack();
    await page.waitForURL(`**/articles/${story.slug}`);
    await expect.poll(() => page.locator('h1').innerText()).toBe(story.title);

    expect(errors).toEqual([]);
    await context.close();
  });

  // The commonest journey crashed on Chromium 156: Back restored a scroll position through
  // an effect that returned scrollTo's Promise, and React called it on the next navigation.
  it('home → story → Back → another story → Back → tag page → story, with no page error', async () => {
    const [first, second] = data.home().items;
    if (!first || !second) throw new Error('the home page lists fewer than two stories');
    const { page, errors, context } = await openPage(env.browser, {
      viewport: { width: 390, height: 700 },
    });
    const openStory = async (title: string, slug: string) => {
      await page.getByRole('link', { name: title, exact: true }).first().click();
      await page.waitForURL(`**/articles/${slug}`);
      await expect.poll(() => page.locator('h1').innerText()).toBe(title);
    };
    const back = async (path: string, heading: string) => {
      await page.goBack();
      await page.waitForURL(`**${path}`);
      await expect.poll(() => page.locator('h1').innerText()).toBe(heading);
    };

    await page.goto(env.site.url + '/');
    await ready(page);
    const homeHeading = await page.locator('h1').innerText();
    // Scrolled down, so Back has a position to restore.
    await page.mouse.wheel(0, 400);
    await openStory(first.title, first.slug);
    await back('/', homeHeading);
    await openStory(second.title, second.slug);
    await back('/', homeHeading);

    // A tag chip on the home list, then a story of that tag: client navigations throughout.
    const tag = second.tags[0];
    if (!tag) throw new Error(`${second.slug} has no tag`);
    const tagStory = data.tagPage(tag.id).items[0];
    if (!tagStory) throw new Error(`${tag.id}'s page lists no story`);
    await page
      .locator('main article')
      .nth(1)
      .getByRole('list', { name: 'Tags' })
      .getByRole('link', { name: tag.name, exact: true })
      .click();
    await page.waitForURL(`**/tags/${tag.id}`);
    await expect.poll(() => page.locator('h1').innerText()).toBe(tag.name);
    await openStory(tagStory.title, tagStory.slug);
    await back(`/tags/${tag.id}`, tag.name);
    await openStory(second.title, second.slug);

    expect(await page.getByText('Something went wrong').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters the home list by two tags through the URL', async () => {
    const { show } = showJourney();
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
      cardsOf(data.stories().filter((item) => both.includes(item.ordinal))).map((i) => i.title),
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
