// Site-wide names, shared by the build and the app (the feeds' paths: feed-paths.ts).
/** The one place the site's name is spelled, so titles, header, feeds and tests agree. */
export const SITE_NAME = 'K-Wave Reader';

export const SITE_DESCRIPTION =
  'News from Korean music, film and television: K-drama, K-pop, the people and the shows.';

/** The public base URL links in feeds, sitemaps and previews use; set SITE_URL at build time. */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

/** The build's environment (process.env at the edge): SITE_URL, NODE_ENV and CI decide. */
export type SiteUrlEnv = Readonly<Record<string, string | undefined>>;

/**
 * The base URL a build writes into canonical links, og:url, og:image, feeds and the sitemap
 * (no trailing slash), and a warning when a build meant for the public has none: without
 * SITE_URL every such link points at localhost, and nothing else would say so.
 */
export function siteUrlOf(env: SiteUrlEnv): { url: string; warning: string | null } {
  const given = env.SITE_URL?.trim().replace(/\/+$/, '');
  if (given) return { url: given, warning: null };
  const ci = env.CI !== undefined && !['', '0', 'false'].includes(env.CI.toLowerCase());
  const forPublic = env.NODE_ENV === 'production' || ci;
  return {
    url: DEFAULT_SITE_URL,
    warning: forPublic
      ? `Warning: SITE_URL is not set, so canonical links, og:url, og:image, the feeds and the sitemap point at ${DEFAULT_SITE_URL}. Build with SITE_URL=https://your.site for a public site.`
      : null,
  };
}

/** The site-wide share picture (home page, tag directory): rendered at build time in the brand colour. */
export const DEFAULT_SHARE_IMAGE = '/og-default.png';

/** Each story's and tag's own 1200x630 share picture, written by the prerender step. */
export const sharePaths = {
  article: (slug: string) => `/cards/articles/${slug}.png`,
  tag: (id: string) => `/cards/tags/${id}.png`,
} as const;

/** The brand: Tailwind's rose-700, as in the favicon, the logo and the focus ring. */
export const BRAND = { colour: '#be123c', dark: '#881337', light: '#ffe4e6' } as const;

/** Id of the JSON block a prerendered page carries its React Query state in. */
export const QUERY_STATE_ID = 'query-state';
