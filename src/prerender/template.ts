// The page template, from the index.html Vite built (.vite/template.html, not dist/index.html): the stylesheet goes inline and the
// app's script starts after the first paint (app-loader.ts), so a page paints from its HTML
// alone; the CSP allows the inline theme script, the loader and the styles by their hashes.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TEMPLATE_FILE } from '../build/build-cache.ts';
import { APP_LOADER, takeEntryScript } from './app-loader.ts';
import { buildHead, cspMeta, type PageMeta } from './head.ts';
import { fillTemplate } from './html.ts';
import { cspHash, inlineHashes, inlineStylesheets, minifyInlineScripts } from './inline-assets.ts';

export interface RenderedPage {
  url: string;
  meta: PageMeta;
  /** The server render's markup and query cache. */
  html: string;
  state: unknown;
  /** Files to preload beside the entry script. */
  preloads: string[];
}

/** Fills the template for one page. */
export type PageTemplate = (page: RenderedPage) => string;

/**
 * Reads the template now (the prerender removes .vite/ soon after) and gives the function
 * that makes it ready to fill: called only by a build that renders a page, so the minifier
 * is not loaded by one that renders none.
 */
export const readTemplate = async (dist: string, baseUrl: string) => {
  const text = await readFile(join(dist, TEMPLATE_FILE), 'utf8');
  return () => templateOf(dist, text, baseUrl);
};

const templateOf = async (dist: string, text: string, baseUrl: string): Promise<PageTemplate> => {
  // Rolldown's minifier, which Vite's `minifySync` is: loading Vite took half a second.
  const { minifySync } = await import('rolldown/utils');
  // Inline scripts are minified: they travel in every page.
  const minifyJs = (code: string) =>
    minifySync('inline.js', code, { compress: true, mangle: true }).code.trim();
  const { template, entry } = takeEntryScript(
    minifyInlineScripts(
      inlineStylesheets(text, (path) => readFileSync(join(dist, path), 'utf8')),
      minifyJs,
    ),
  );
  const loaderCode = minifyJs(APP_LOADER);
  const inline = inlineHashes(template);
  const csp = cspMeta({ ...inline, scripts: [...inline.scripts, cspHash(loaderCode)] });
  return ({ url, meta, html, state, preloads }) =>
    fillTemplate(template, {
      headStart: csp,
      head: buildHead(meta, baseUrl),
      appHtml: html,
      state,
      url,
      scripts: [entry, ...preloads],
      loaderCode,
    });
};
