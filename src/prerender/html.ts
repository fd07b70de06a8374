// Builds a page from the Vite-built index.html: the prerendered app, its data and <head>.
import { QUERY_STATE_ID } from '../config/site.ts';
import { appLoaderTag } from './app-loader.ts';

/**
 * JSON that is safe inside <script type="application/json">: no story text can close the
 * element or open a comment, because <, > and & never appear literally.
 */
export const scriptSafeJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

export const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export interface PageParts {
  /** Goes right after <meta charset>, before any script or style. */
  headStart: string;
  head: string;
  appHtml: string;
  /** Dehydrated React Query state, embedded as JSON for the client to restore. */
  state: unknown;
  /** The URL rendered: the client hydrates only when it is where the reader is. */
  url: string;
  /**
   * The app's scripts, started after the first paint by the loader (app-loader.ts): the
   * entry first, then what the page's route loads on demand (its chunk and what that
   * imports), preloaded so hydration does not wait for the entry to run to ask for them.
   */
  scripts: readonly string[];
  /** The loader's code as the CSP allows it (minified by the prerenderer); APP_LOADER by default. */
  loaderCode?: string;
}

/** Fills the template: replaces its <title> and description, fills #root, adds the data block. */
export const fillTemplate = (
  template: string,
  { headStart, head, appHtml, state, url, scripts, loaderCode }: PageParts,
) => {
  const withoutDefaults = template
    .replace(/<title>[\s\S]*?<\/title>\s*/, '')
    .replace(/<meta\s+name="description"[\s\S]*?\/>\s*/, '');
  // React 19 renders a component's <title> where it stands; in a page rendered without a
  // <head> that is the start of #root. The <head> already has the same title, so drop it.
  const app = appHtml.replace(/^(?:<title>[\s\S]*?<\/title>|<link [^>]*>|<meta [^>]*>)+/, '');
  const data = `<script type="application/json" id="${QUERY_STATE_ID}" data-url="${escapeHtml(url)}">${scriptSafeJson(state)}</script>`;
  if (!/<meta charset="UTF-8" \/>/i.test(withoutDefaults))
    throw new Error('index.html needs <meta charset="UTF-8" /> first in <head>');
  // Replacer functions, not strings: story text may hold "$&" or "$'", which a replacement
  // string would expand into copies of the template.
  return withoutDefaults
    .replace(/<meta charset="UTF-8" \/>/i, (charset) => `${charset}\n    ${headStart}`)
    .replace('</head>', () => `${head}\n  </head>`)
    .replace(
      '<div id="root"></div>',
      () => `<div id="root">${app}</div>\n    ${data}\n    ${appLoaderTag(scripts, loaderCode)}`,
    );
};
