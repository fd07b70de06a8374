// First-load weight of each page type of the built site, measured as `npm run budget` does:
// every script and stylesheet Chromium fetches until the network is idle and the inline ones,
// gzipped (level 9), against BUDGET (110,000 B of JS, 12,000 B of CSS); and that nothing in a
// page's HTML blocks its first paint. Sizes and markup, not timings: the same build gives
// the same bytes.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET, measureFirstLoad } from '../../scripts/lib/first-load';
import { appFilesOf } from '../../src/prerender/app-loader';
import { samplePages } from '../../scripts/lib/sample-pages';
import { setupSite } from './support';

const SITE_DIR = resolve(process.env.SITE_DIR ?? 'dist');

/** The prerendered file a page path is served from. */
const htmlFor = (path: string) => join(SITE_DIR, path.replace(/\/?$/, '/index.html'));

const env = setupSite();

describe('first-load weight', () => {
  it.each(samplePages(SITE_DIR))('$name page: within budget, no script waterfall', async (page) => {
    const load = await measureFirstLoad(env.browser, env.site.url, page.path, SITE_DIR);
    const files = load.files.join(' ');
    expect(load.js, `JS ${load.js} B: ${files}`).toBeLessThanOrEqual(BUDGET.js);
    expect(load.css, `CSS ${load.css} B: ${files}`).toBeLessThanOrEqual(BUDGET.css);
    // Every script the page runs is named by its loader (the entry, the route's chunks), so
    // none waits for another to run before it is requested.
    const named = appFilesOf(readFileSync(htmlFor(page.path), 'utf8'));
    const scripts = load.files.filter((file) => file.endsWith('.js'));
    expect(scripts.length, files).toBeGreaterThanOrEqual(2); // entry, route chunk
    expect(named).toEqual(expect.arrayContaining(scripts));
  });

  it.each(samplePages(SITE_DIR))('$name page: nothing blocks the first paint', ({ path }) => {
    const html = readFileSync(htmlFor(path), 'utf8');
    // No stylesheet to wait for (the CSS is inline), no external script or preload: the app's
    // code is asked for by its loader once the page has painted, so it never competes with it.
    expect(html).not.toMatch(/<link[^>]* rel="(?:stylesheet|modulepreload|preload)"/);
    expect(html).not.toMatch(/<script[^>]* src=/);
    expect(appFilesOf(html)[0]).toMatch(/^\/assets\/index-[\w-]+\.js$/);
  });
});
