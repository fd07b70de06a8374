// First-load weight of each page type of the built site, measured as `npm run budget` does:
// every script and stylesheet Chromium fetches until the network is idle, gzipped (level 9).
// Sizes, not timings: the same build gives the same bytes.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET, measureFirstLoad } from '../../scripts/lib/first-load';
import { samplePages } from '../../scripts/lib/sample-pages';
import { setupSite } from './support';

const SITE_DIR = resolve(process.env.SITE_DIR ?? 'dist');

// BUDGET.js (110,000 bytes) is the goal and is not met yet. The libraries alone, with the
// router and query APIs this app uses, come to about 109,100 bytes (react-dom 67,700; the
// react-router data router 29,300; React Query with useSuspenseQuery 9,400; ScrollRestoration
// 900), theme.js adds 517 and the app's own code ~6,200 (shell, error views, each page's
// view). The pages measured 115,191 (tags) to 116,872 (home) bytes; since the build calls
// dynamic imports without Vite's preload helper and story dates show (docs/decisions/0007),
// 114,805 (tags) to 116,603 (tag); with the header's search box (a combobox whose names and
// matching code load at the first keystroke), 115,699 (tags) to 117,514 (tag); with the story
// page's main-tags line and the source credit (share cards merged), 118,899 (tags) to 120,968
// (tag); with filter counts, More tags and j/k on story pages (docs/decisions/0010)
// added, 119,534 (tags) to 121,196 (home). Until they get under
// BUDGET.js, this holds the line at the worst page rounded up to the next 1,000 bytes, so
// any growth fails; lower it as the pages shrink.
const JS_LIMIT = 122_000;

/** The prerendered file a page path is served from. */
const htmlFor = (path: string) => join(SITE_DIR, path.replace(/\/?$/, '/index.html'));

/** Scripts a page's HTML names: theme.js, the entry and the route chunks it preloads. */
const scriptsNamedIn = (html: string) =>
  [...html.matchAll(/<(?:script[^>]* src|link rel="modulepreload"[^>]* href)="([^"]+)"/g)].map(
    (m) => m[1],
  );

const env = setupSite();

describe('first-load weight', () => {
  it.each(samplePages(SITE_DIR))('$name page: within budget, no script waterfall', async (page) => {
    const load = await measureFirstLoad(env.browser, env.site.url, page.path, SITE_DIR);
    const files = load.files.join(' ');
    expect(load.js, `JS ${load.js} B: ${files}`).toBeLessThanOrEqual(JS_LIMIT);
    expect(load.css, `CSS ${load.css} B: ${files}`).toBeLessThanOrEqual(BUDGET.css);
    // Every script the page runs is in its HTML (the entry, theme.js, the preloaded route
    // chunks), so none waits for another to run before it is requested.
    const named = scriptsNamedIn(readFileSync(htmlFor(page.path), 'utf8'));
    const scripts = load.files.filter((file) => file.endsWith('.js'));
    expect(scripts.length, files).toBeGreaterThanOrEqual(3); // theme.js, entry, route chunk
    expect(named).toEqual(expect.arrayContaining(scripts));
  });
});
