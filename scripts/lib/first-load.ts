// First-load weight of a page: every script and stylesheet the browser fetches until the
// network is idle after load, gzipped as a CDN would send it (level 9).
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
  await context.close();
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const list = [...files].sort();
  return {
    js: list.filter((f) => f.endsWith('.js')).reduce((n, f) => n + gz(f), 0),
    css: list.filter((f) => f.endsWith('.css')).reduce((n, f) => n + gz(f), 0),
    files: list,
  };
};
