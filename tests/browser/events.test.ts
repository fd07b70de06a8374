// One card an event on the built site (issue 20, decision 0030): the seeds' three reports of
// the All of Us Are Dead director's interview show as one card with "3 reports", in the
// prerendered HTML (every report linked, for crawlers and readers without JavaScript) and in
// the app; the card opens to the others; each story page lists the other reports; search
// shows one result for the event; the home page shows what is trending.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { serveDist } from '../../scripts/lib/serve-dist';
import type { TagDirectory } from '../../src/contract/model';
import { data, openPage, ready, setupSite } from './support';

const env = setupSite();
const SITE_DIR = resolve(process.env.SITE_DIR ?? 'dist');
const FIXTURE_DIR = resolve('dist-fixture');

/** The seeds' interview: the event with three reports, earliest first. */
const interview = () => {
  const story = data.home().items.find((s) => s.reports?.length === 3);
  if (!story) throw new Error('no event of three reports in the built data');
  return story.reports!;
};

describe('one card an event', () => {
  it('the prerendered home page shows the interview once, every report linked', () => {
    const reports = interview();
    const html = readFileSync(`${SITE_DIR}/index.html`, 'utf8');
    // One card: the earliest report's headline is a card's, the others are in its details.
    expect(
      html.match(/<summary[^>]*>3 reports<span class="sr-only"> of this event<\/span><\/summary>/g),
    ).toHaveLength(1);
    for (const r of reports) expect(html).toContain(`href="/articles/${r.slug}"`);
  });

  it('opens "3 reports" to the others, and a report to its page with the other reports', async () => {
    const reports = interview();
    const { page, errors, context } = await openPage(env.browser, {
      viewport: { width: 390, height: 844 },
    });
    await page.goto(`${env.site.url}/`);
    await ready(page);
    const cards = page.locator('main article');
    const titles = await cards.locator('h2').allInnerTexts();
    // The event's card is its earliest report; the later ones have no card of their own.
    expect(titles).toContain(reports[0]!.title);
    for (const r of reports.slice(1)) expect(titles).not.toContain(r.title);
    expect(titles).toHaveLength(data.home().items.length);

    const card = cards.filter({ hasText: reports[0]!.title });
    const summary = card.getByText('3 reports');
    await summary.click();
    const others = card.locator('details').getByRole('link');
    expect(await others.allInnerTexts()).toEqual(reports.slice(1).map((r) => r.title));
    await others.first().click();
    await page.waitForURL(`**/articles/${reports[1]!.slug}`);
    await page.getByRole('heading', { level: 1, name: reports[1]!.title }).waitFor();
    const section = page.getByRole('region', { name: 'Other reports of this event' });
    expect(await section.getByRole('link').allInnerTexts()).toEqual(
      [reports[0]!, reports[2]!].map((r) => r.title),
    );
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a story page lists the other reports without JavaScript too', async () => {
    const reports = interview();
    const { page, context } = await openPage(env.browser, { javaScriptEnabled: false });
    await page.goto(`${env.site.url}/articles/${reports[2]!.slug}`);
    const section = page.getByRole('region', { name: 'Other reports of this event' });
    expect(await section.getByRole('link').allInnerTexts()).toEqual(
      reports.slice(0, 2).map((r) => r.title),
    );
    await context.close();
  });

  it('search shows the event once, its other matching reports behind its card', async () => {
    const reports = interview();
    const { page, errors, context } = await openPage(env.browser);
    await page.goto(`${env.site.url}/search?q=${encodeURIComponent('director Lee Jae Kyu')}`);
    await ready(page);
    await page.locator('main [role="status"]').filter({ hasText: /match/ }).waitFor();
    const results = page.locator('section[aria-labelledby="search-stories"] ol > li');
    const shown = await results.locator('h3').allInnerTexts();
    // One of the three reports has the card, the two others are inside it.
    expect(shown.filter((t) => reports.some((r) => r.title === t))).toHaveLength(1);
    const card = results.filter({ has: page.locator('details') });
    await card.getByText('3 reports').click();
    const inside = await card.locator('details').getByRole('link').allInnerTexts();
    expect([...shown.filter((t) => reports.some((r) => r.title === t)), ...inside].sort()).toEqual(
      reports.map((r) => r.title).sort(),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the home page shows what is trending, each a link to its page', async () => {
    // The fixture site: the seeds' five stories make no star's two events in a week.
    const trending = (
      JSON.parse(readFileSync(`${FIXTURE_DIR}/data/tags.json`, 'utf8')) as TagDirectory
    ).trending!;
    expect(trending.tags.length).toBeGreaterThan(0);
    const fixture = await serveDist(FIXTURE_DIR);
    const { page, errors, context } = await openPage(env.browser);
    await page.goto(`${fixture.url}/`);
    await ready(page);
    const region = page.getByRole('region', { name: /^Trending/ });
    const links = region.getByRole('link');
    expect(await links.count()).toBe(trending.tags.length);
    const axe = await new AxeBuilder({ page }).include('#trending-heading').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    const whole = await new AxeBuilder({ page }).analyze();
    expect(whole.violations.map((v) => v.id)).toEqual([]);
    const first = trending.tags[0]!;
    await region
      .getByRole('link', { name: new RegExp(`^${first.name} ${first.events} event`) })
      .click();
    await page.waitForURL(`**/tags/${first.id}`);
    await page.getByRole('heading', { level: 1, name: first.name }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
    await fixture.close();
  });
});
