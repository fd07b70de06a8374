// A story added today comes first on the home page and on its tag page, and shows its date
// on the card and the story page. Builds its own site: the fixture corpus plus that story.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type Served } from '../../scripts/lib/serve-dist';
import { launchBrowser, openPage, ready } from './support';

const FIXTURE = resolve('tests/fixtures/site-seeds');
const TITLE = 'IU Surprises Fans With a New Single Today';
// Two hours ago: relative ("2 hours ago") in the browser, the day in the prerendered HTML.
const date = new Date(Date.now() - 2 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
  Date.parse(date.slice(0, 10)),
);

const env = {} as { site: Served; browser: Browser; seeds: string; out: string };

beforeAll(async () => {
  env.seeds = mkdtempSync(join(tmpdir(), 'dated-seeds-'));
  env.out = mkdtempSync(join(tmpdir(), 'dated-site-'));
  for (const name of readdirSync(FIXTURE)) copyFileSync(join(FIXTURE, name), join(env.seeds, name));
  // No git history here: undated stories take their file's modification time; make it old.
  const old = new Date('2020-01-01T00:00:00Z');
  for (const name of readdirSync(env.seeds)) utimesSync(join(env.seeds, name), old, old);
  writeFileSync(
    join(env.seeds, '000_today.txt'),
    `• ${TITLE}\nDate: ${date}\n\nSinger IU released a new single today.\n`,
  );
  const build = spawnSync('npm', ['run', 'build'], {
    env: { ...process.env, SEEDS_DIR: env.seeds, OUT_DIR: env.out },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  [env.site, env.browser] = await Promise.all([serveDist(env.out), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await env.browser?.close();
  await env.site?.close();
  for (const dir of [env.seeds, env.out]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a story added today', () => {
  it('comes first on the home page and its tag page, dated on the card and the page', async () => {
    const { page, errors, context } = await openPage(env.browser);
    const firstCard = () => page.locator('main article[data-story]').first();

    await page.goto(`${env.site.url}/`);
    await ready(page);
    await expect.poll(() => firstCard().locator('h2').innerText()).toBe(TITLE);
    const time = firstCard().locator(`time[datetime="${date}"]`);
    // After hydration the card says how long ago; the prerendered HTML said the day.
    await expect.poll(() => time.innerText()).toBe('2 hours ago');
    const html = await (await fetch(`${env.site.url}/`)).text();
    // Attribute names are case-insensitive in HTML; React writes dateTime.
    expect(html.toLowerCase()).toContain(`<time datetime="${date}">${day}</time>`.toLowerCase());

    await page.goto(`${env.site.url}/tags/iu`);
    await ready(page);
    await expect.poll(() => firstCard().locator('h3').innerText()).toBe(TITLE);
    expect(await firstCard().locator(`time[datetime="${date}"]`).count()).toBe(1);

    await firstCard().locator('h3 a').click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(TITLE);
    await expect
      .poll(() => page.locator(`main header time[datetime="${date}"]`).innerText())
      .toBe('2 hours ago');
    // Every story on the home page is dated, newest first.
    await page.goto(`${env.site.url}/`);
    await ready(page);
    const dates = await page
      .locator('main article[data-story] time')
      .evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime') ?? '')));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(errors).toEqual([]);
    await context.close();
  });
});
