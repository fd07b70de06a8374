/**
 * The path a page was prerendered for, from the address a static host answered it at:
 * `/tags/index.html`, `/tags/` and `/tags` are one page, `/tags` (the root stays `/`).
 */
export const canonicalPath = (pathname: string): string =>
  pathname.replace(/\/index\.html$/, '/').replace(/\/+$/, '') || '/';
