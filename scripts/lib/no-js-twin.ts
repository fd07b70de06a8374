// A page's "no-JS twin": the same HTML with every script removed and its CSS inline. It is
// how fast the page could paint if it were plain HTML; `npm run audit` measures the page
// against it in the same run (docs/decisions/0011-first-paint.md).
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inlineStylesheets } from '../../src/prerender/inline-assets.ts';

export const noJsTwin = (html: string, readAsset: (path: string) => string) =>
  inlineStylesheets(html, readAsset)
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '');

/** The file a static host serves for a page path. */
const fileOf = (dist: string, path: string) => join(dist, path.replace(/\/?$/, '/index.html'));

/**
 * Writes the twins of the given pages into a fresh folder (same paths, plus the files every
 * page asks for), to be served beside the site; returns the folder.
 */
export const writeTwins = (dist: string, pagePaths: readonly string[]) => {
  const dir = mkdtempSync(join(tmpdir(), 'kwave-twins-'));
  const readAsset = (path: string) => readFileSync(join(dist, path), 'utf8');
  for (const path of pagePaths) {
    const out = fileOf(dir, path);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, noJsTwin(readFileSync(fileOf(dist, path), 'utf8'), readAsset));
  }
  for (const file of ['favicon.svg', 'robots.txt', '404.html'])
    if (existsSync(join(dist, file))) copyFileSync(join(dist, file), join(dir, file));
  return dir;
};
