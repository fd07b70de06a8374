// First-load weight of a page: every script and stylesheet the browser fetches until the
// network is idle after load, and the page's inline scripts and styles (the theme script, the
// inlined stylesheet), gzipped as a CDN would send them (level 9). Inline code travels in
// the HTML, so its gzip size alone is a slight overestimate: fair for a budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface FirstLoad {
  js: number;
  css: number;
  files: string[];
}

/** Bytes of gzip (level 9) per page; 1 KB = 1000 bytes, the unit the size figures use. */
export const BUDGET = { js: 110_000, css: 12_000 };

export const measureFirstLoad = async (
  browser: Browser,
  siteUrl: string,
  path: string,
  dist = 'dist',
): Promise<FirstLoad> => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const files = new Set<string>();
  page.on('response', (r) => {
    const type = r.request().resourceType();
    if (type === 'script' || type === 'stylesheet') files.add(new URL(r.url()).pathname);
  });
  await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
  const inline = await page.evaluate(() => ({
    // Executable only: JSON data blocks are not code.
    js: [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
      .map((s) => s.textContent ?? ''),
    css: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
  }));
  await context.close();
  const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
  const gz = (file: string) => gzip(readFileSync(join(dist, file)));
  const list = [...files].sort();
  const sum = (texts: string[]) => texts.reduce((n, text) => n + gzip(text), 0);
  return {
    js: list.filter((f) => f.endsWith('.js')).reduce((n, f) => n + gz(f), sum(inline.js)),
    css: list.filter((f) => f.endsWith('.css')).reduce((n, f) => n + gz(f), sum(inline.css)),
    files: [
      ...list,
      ...inline.js.map(() => 'inline <script>'),
      ...inline.css.map(() => 'inline <style>'),
    ],
  };
};
