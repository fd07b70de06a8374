import { describe, expect, it } from 'vitest';
import { data, openPage, ready, showJourney, setupSite } from './support';

const env = setupSite();

describe('direct visits', () => {
  it('opens a story URL directly and survives a reload', async () => {
    const { story } = showJourney();
    const article = data.article(story.slug);
    const { page, errors, context } = await openPage(env.browser);
    await page.goto(`${env.site.url}/articles/${story.slug}`);
    await ready(page);
    expect(await page.locator('h1').innerText()).toBe(article.title);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.title()).toBe(`${article.title} · K-Wave Reader`);
    // Body blocks arrive as paragraphs (the seeds have no lists or quotes yet).
    expect(
      await page
        .locator('main article p')
        .filter({ hasText: article.body[0]?.type === 'paragraph' ? article.body[0].lines[0]! : '' })
        .count(),
    ).toBeGreaterThan(0);

    const related = article.related[0];
    if (related) {
      await expect
        .poll(() => page.getByRole('region', { name: 'Related stories' }).innerText())
        .toContain(`Shares: ${related.shared.map((tag) => tag.name).join(', ')}`);
    }

    await page.reload();
    await ready(page);
    expect(await page.locator('h1').innerText()).toBe(article.title);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shares a story: Web Share where the browser has it, else a copied link with a confirmation', async () => {
    const { story } = showJourney();
    const { page, errors, context } = await openPage(env.browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${env.site.url}/articles/${story.slug}`);
    await ready(page);
    const hasWebShare = await page.evaluate(() => typeof navigator.share === 'function');
    if (hasWebShare) {
      // Headless Chromium on Linux has no share sheet; record the call instead.
      await page.evaluate(() => {
        navigator.share = async () => undefined;
      });
    }
    await page.getByRole('button', { name: 'Share' }).click();
    if (!hasWebShare) {
      await page.getByText('Link copied to the clipboard.').waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `${env.site.url}/articles/${story.slug}`,
      );
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows not-found with a way back for an unknown URL', async () => {
    const { page, errors, context } = await openPage(env.browser);
    const response = await page.goto(`${env.site.url}/no/such/page`);
    expect(response?.status()).toBe(404);
    await ready(page);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(await page.title()).toBe('Page not found · K-Wave Reader');
    await page.getByRole('link', { name: 'Back to all stories' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Latest stories');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows not-found for an unknown story and an unknown tag', async () => {
    const { page, errors, context } = await openPage(env.browser);
    await page.goto(`${env.site.url}/articles/no-such-story-000000`);
    await ready(page);
    expect(await page.locator('h1').innerText()).toBe('Story not found');
    await page.goto(`${env.site.url}/tags/no-such-tag`);
    await ready(page);
    expect(await page.locator('h1').innerText()).toBe('Tag not found');
    // The missing JSON files are the only errors the console may show.
    expect(errors.every((e) => /404/.test(e) && /\/data\/(articles|tags)\//.test(e))).toBe(true);
    await context.close();
  });

  it('shows an error with Retry when the data cannot load, and recovers', async () => {
    const { story } = showJourney();
    const { page, context } = await openPage(env.browser);
    // The home page arrives prerendered; the story's JSON then fails as if offline.
    await page.goto(env.site.url + '/');
    await ready(page);
    await page.route('**/data/articles/**', (route) => route.abort('internetdisconnected'));
    await page.getByRole('link', { name: story.title, exact: true }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Something went wrong');
    expect(await page.getByRole('alert').innerText()).toMatch(/could not reach the server/i);
    expect(await page.getByRole('banner').isVisible()).toBe(true);
    await page.unroute('**/data/articles/**');
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(story.title);
    await context.close();
  });

  it('serves prerendered pages with status 200', async () => {
    const { page, context } = await openPage(env.browser);
    const response = await page.goto(`${env.site.url}/`);
    await context.close();
    expect(response?.status()).toBe(200);
  });
});
