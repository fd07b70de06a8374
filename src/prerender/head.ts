// The <head> of a prerendered page: title, description, canonical URL, Open Graph,
// Twitter card, JSON-LD, feed links and the Content-Security-Policy.
import { feedPaths } from '../config/feed-paths.ts';
import { DEFAULT_SHARE_IMAGE, SITE_DESCRIPTION, SITE_NAME } from '../config/site.ts';
import { escapeHtml, scriptSafeJson } from './html.ts';
import type { InlineHashes } from './inline-assets.ts';

const NO_INLINE: InlineHashes = { scripts: [], styles: [] };

/**
 * Strict policy: scripts and styles only from this origin, plus the inline ones named by
 * their hashes (the theme script and the inlined stylesheet: src/prerender/inline-assets.ts),
 * no plugins, no <base>, no forms elsewhere. JSON data blocks are not scripts, so they need
 * no exception.
 */
export const contentSecurityPolicy = ({ scripts, styles }: InlineHashes = NO_INLINE) =>
  [
    "default-src 'self'",
    // Pagefind's search runs in WebAssembly, which needs compiling: 'wasm-unsafe-eval'
    // allows exactly that (no eval of JavaScript, no inline script but the hashed ones).
    ["script-src 'self'", ...scripts, "'wasm-unsafe-eval'"].join(' '),
    ["style-src 'self'", ...styles].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker (sw.js) and the web manifest, named here though default-src
    // already allows them: this origin only (decision 0027).
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');

/** Goes first in <head>: a CSP meta tag governs only what comes after it. */
export const cspMeta = (hashes?: InlineHashes) =>
  `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(hashes))}" />`;

export interface PageMeta {
  /** Path of the page, e.g. /articles/x; the canonical URL is the base URL plus this. */
  path: string;
  /** Full document title, already including the site name where wanted. */
  title: string;
  /** The page's own name for previews (og:title): the site name travels in og:site_name. */
  heading: string;
  description: string;
  type: 'website' | 'article';
  /** The tag's own feed, advertised besides the site feed. */
  tagFeed?: { id: string; name: string };
  jsonLd: Record<string, unknown>;
  noindex?: boolean;
  /** The page's own share picture (a site path) and its alt text; else the site's. */
  image?: { path: string; alt: string };
  /** A story's dates (ISO 8601), for article:published_time and article:modified_time. */
  published?: string;
  modified?: string;
}

const meta = (attr: 'name' | 'property', key: string, content: string) =>
  `<meta ${attr}="${key}" content="${escapeHtml(content)}" />`;

export const buildHead = (page: PageMeta, baseUrl: string) => {
  const base = baseUrl.replace(/\/+$/, '');
  const url = `${base}${page.path}`;
  const image = `${base}${page.image?.path ?? DEFAULT_SHARE_IMAGE}`;
  const imageAlt = page.image?.alt ?? `${SITE_NAME}: ${SITE_DESCRIPTION}`;
  const site = feedPaths.site();
  const tags = [
    `<title>${escapeHtml(page.title)}</title>`,
    meta('name', 'description', page.description),
    page.noindex
      ? meta('name', 'robots', 'noindex')
      : `<link rel="canonical" href="${escapeHtml(url)}" />`,
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:title', page.heading),
    meta('property', 'og:description', page.description),
    meta('property', 'og:url', url),
    meta('property', 'og:type', page.type),
    ...(page.published ? [meta('property', 'article:published_time', page.published)] : []),
    ...(page.modified ? [meta('property', 'article:modified_time', page.modified)] : []),
    meta('property', 'og:image', image),
    meta('property', 'og:image:width', '1200'),
    meta('property', 'og:image:height', '630'),
    meta('property', 'og:image:alt', imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', page.heading),
    meta('name', 'twitter:description', page.description),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', imageAlt),
    `<link rel="alternate" type="application/rss+xml" title="${escapeHtml(SITE_NAME)}" href="${site.rss}" />`,
    `<link rel="alternate" type="application/feed+json" title="${escapeHtml(SITE_NAME)}" href="${site.json}" />`,
  ];
  if (page.tagFeed) {
    const feed = feedPaths.tag(page.tagFeed.id);
    const title = escapeHtml(`${page.tagFeed.name} · ${SITE_NAME}`);
    tags.push(
      `<link rel="alternate" type="application/rss+xml" title="${title}" href="${feed.rss}" />`,
    );
    tags.push(
      `<link rel="alternate" type="application/feed+json" title="${title}" href="${feed.json}" />`,
    );
  }
  tags.push(
    `<script type="application/ld+json">${scriptSafeJson({ '@context': 'https://schema.org', ...page.jsonLd, url })}</script>`,
  );
  return tags.map((t) => `    ${t}`).join('\n');
};
