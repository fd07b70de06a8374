// First-load weight of each page type of the built site, measured as `npm run budget` does:
// every script and stylesheet Chromium fetches until the network is idle and the inline ones,
// gzipped (level 9), against BUDGET (110,000 B of JS, 12,000 B of CSS); and that nothing in a
// page's HTML blocks its first paint. Sizes and markup, not timings: the same build gives
// the same bytes.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET, measureFirstLoad } from '../../scripts/lib/first-load';
import { samplePages } from '../../scripts/lib/sample-pages';
import { setupSite } from './support';

const SITE_DIR = resolve(process.env.SITE_DIR ?? 'dist');

/** The prerendered file a page path is served from. */
const htmlFor = (path: string) => join(SITE_DIR, path.replace(/\/?$/, '/index.html'));

/** Scripts a page's HTML names: the entry and the route chunks it preloads. */
const scriptsNamedIn = (html: string) =>
  [...html.matchAll(/<(?:script[^>]* src|link rel="modulepreload"[^>]* href)="([^"]+)"/g)].map(
    (m) => m[1],
  );

const env = setupSite();

describe('first-load weight', () => {
  it.each(samplePages(SITE_DIR))('$name page: within budget, no script waterfall', async (page) => {
    const load = await measureFirstLoad(env.browser, env.site.url, page.path, SITE_DIR);
    const files = load.files.join(' ');
    expect(load.js, `JS ${load.js} B: ${files}`).toBeLessThanOrEqual(BUDGET.js);
    expect(load.css, `CSS ${load.css} B: ${files}`).toBeLessThanOrEqual(BUDGET.css);
    // Every script the page runs is in its HTML (the entry, the preloaded route chunks), so
    // none waits for another to run before it is requested.
    const html = readFileSync(htmlFor(page.path), 'utf8');
    const named = scriptsNamedIn(html);
    const scripts = load.files.filter((file) => file.endsWith('.js'));
    expect(scripts.length, files).toBeGreaterThanOrEqual(2); // entry, route chunk
    expect(named).toEqual(expect.arrayContaining(scripts));
  });

  it.each(samplePages(SITE_DIR))('$name page: nothing blocks the first paint', ({ path }) => {
    const html = readFileSync(htmlFor(path), 'utf8');
    // No stylesheet to wait for (the CSS is inline) and no classic external script.
    expect(html).not.toMatch(/<link[^>]* rel="stylesheet"/);
    expect(html).not.toMatch(/<script(?![^>]*type="module")[^>]* src=/);
    // The app's code is fetched at low priority, so it never competes with the page itself.
    const fetched = html.match(/<(?:script[^>]* src|link rel="modulepreload")[^>]*>/g) ?? [];
    expect(fetched.length).toBeGreaterThanOrEqual(2);
    for (const tag of fetched) expect(tag).toContain('fetchpriority="low"');
  });
});
