// Prepares the Vite-built index.html for prerendering so a page paints as soon as its HTML
// arrives (docs/decisions/0011-first-paint.md): the stylesheet is inlined, and every inline
// script or style is listed by its hash for the Content-Security-Policy, which allows
// exactly those and nothing else inline.
import { createHash } from 'node:crypto';

export interface InlineHashes {
  /** CSP source expressions, e.g. 'sha256-…', of the inline scripts that run. */
  scripts: string[];
  styles: string[];
}

/** The CSP source expression that allows exactly this inline text. */
export const cspHash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// Scripts with one of these types are data, not code: the CSP does not govern them.
const DATA_TYPES = /\btype="application\/(?:ld\+)?json"/;

/** Hashes of the inline <script> (executable ones only) and <style> elements of a page. */
export const inlineHashes = (html: string): InlineHashes => ({
  scripts: [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs = '']) => !/\ssrc=/.test(attrs) && !DATA_TYPES.test(attrs))
    .map(([, , body = '']) => cspHash(body)),
  styles: [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map(([, body = '']) =>
    cspHash(body),
  ),
});

/** Runs each executable inline script through `minify` (the theme script: ~85 B gzip less). */
export const minifyInlineScripts = (html: string, minify: (code: string) => string) =>
  html.replace(
    /(<script(\s[^>]*)?>)([\s\S]*?)(<\/script>)/g,
    (whole, open: string, attrs = '', body: string, close: string) =>
      /\ssrc=/.test(attrs) || DATA_TYPES.test(attrs) || !body.trim()
        ? whole
        : `${open}${minify(body)}${close}`,
  );

/**
 * Replaces each <link rel="stylesheet"> with a <style> holding the file (5 KB gzip here):
 * the first paint then waits on no request. readAsset reads a site path from the build.
 */
export const inlineStylesheets = (html: string, readAsset: (path: string) => string) =>
  html.replace(/<link rel="stylesheet"[^>]* href="([^"]+)"[^>]*>/g, (_, href: string) => {
    const css = readAsset(href);
    if (/<\/style/i.test(css)) throw new Error(`${href} cannot be inlined: it holds </style`);
    return `<style>${css}</style>`;
  });
