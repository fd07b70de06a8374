// Shared set-up for browser tests: the built site (dist/) served like a static host by
// scripts/serve.mjs, and the system Chromium driven by playwright-core.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROME_ARGS, CHROME_PATH } from '../../scripts/lib/chromium';
import { serveDist, type Served } from '../../scripts/lib/serve-dist';
import { firstViewChunks } from '../../src/config/list-chunks';
import { oneCardPerEvent } from '../../src/features/articles/api/one-card-per-event';
import type {
  ArticleDetail,
  ListChunk,
  SiteInfo,
  TagDetail,
  TagDirectory,
  TagOrdinals,
} from '../../src/contract/model';

// Vitest runs from the project root.
const ROOT = process.cwd();
/**
 * The built site: dist/ by default. SITE_DIR points elsewhere (e.g. a build made with
 * `vite build --outDir /tmp/site`) so a run is not disturbed by another build of dist/.
 */
const SITE_DIR = resolve(ROOT, process.env.SITE_DIR ?? 'dist');

export type Site = Served;

/** Serves the built site like a static host (scripts/serve.mjs on a free port). */
export const startServer = (options?: { spa?: boolean }): Promise<Site> =>
  serveDist(SITE_DIR, options);

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });

/**
 * A fresh page that records console errors and uncaught exceptions.
 *
 * The static host answers an unknown path with 404.html and status 404, as it should, and
 * Chromium logs that status as a console error. Those entries, and only those, go to
 * `shellNotFound` instead of `errors`.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const shellNotFound: string[] = [];
  const documents404 = new Set<string>();
  page.on('response', (response) => {
    const request = response.request();
    if (request.isNavigationRequest() && response.status() === 404)
      documents404.add(response.url());
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const url = message.location().url;
    if (documents404.has(url) && message.text().includes('404')) shellNotFound.push(url);
    else errors.push(`${message.text()} @ ${url}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return { context, page, errors, shellNotFound };
}

/** Reads a JSON file the pipeline wrote, so expectations follow the real seeds. */
export function readData<T>(path: string): T {
  return JSON.parse(readFileSync(resolve(SITE_DIR, 'data', path), 'utf8')) as T;
}

/** The cards of a list, as the story list shows them: one an event. */
export const cardsOf = oneCardPerEvent;

/** The cards a list's first view shows (src/config/list-chunks.ts), newest first. */
const firstView = (total: number, chunk: (n: number) => string) => ({
  items: cardsOf(firstViewChunks(total).flatMap((n) => readData<ListChunk>(chunk(n)).items)),
});

export const data = {
  home: () => firstView(readData<SiteInfo>('site.json').total, (n) => `chunks/${n}.json`),
  /** Every story of the home list's first view, each report of an event on its own. */
  stories: () =>
    firstViewChunks(readData<SiteInfo>('site.json').total).flatMap(
      (n) => readData<ListChunk>(`chunks/${n}.json`).items,
    ),
  tags: () => readData<TagDirectory>('tags.json'),
  article: (slug: string) => readData<ArticleDetail>(`articles/${slug}.json`),
  /** What a tag's page lists: a group with members lists theirs too (decision 0027). */
  tagPage: (id: string) => {
    const { count, family } = readData<TagDetail>(`tags/${id}/info.json`);
    return family === undefined
      ? firstView(count, (n) => `tags/${id}/chunks/${n}.json`)
      : firstView(family, (n) => `tags/${id}/family/${n}.json`);
  },
  ordinals: (id: string) => readData<TagOrdinals>(`tags/${id}/ordinals.json`),
};

/** The show with the most stories, and its first story: the journey the issue describes. */
export function showJourney() {
  const show = data
    .tags()
    .tags.filter((tag) => tag.kind === 'show')
    .sort((a, b) => b.count - a.count)[0];
  if (!show) throw new Error('the built data has no show tag');
  const story = data.home().items.find((item) => item.tags.some((tag) => tag.id === show.id));
  if (!story) throw new Error(`no story carries ${show.id}`);
  return { show, story };
}

export const h1Text = (page: Page) => page.locator('h1').innerText();

/** Resolves once the app has rendered a page heading (the bundle ran, the loaders finished). */
export const ready = async (page: Page) => {
  // The prerendered HTML has its heading before the app runs: wait for the app first (it
  // starts after the first paint and marks <html> once it has hydrated or rendered).
  await page.waitForFunction(() => document.documentElement.classList.contains('js'));
  await page.locator('main h1').waitFor();
};

/** Starts the server and the browser once per test file; read the fields inside tests. */
export function setupSite() {
  const env = {} as { site: Site; browser: Browser };
  beforeAll(async () => {
    [env.site, env.browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
