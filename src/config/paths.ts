// Every route path, declared once. Components build links with getHref, the router
// uses `path`, the prerenderer walks the same list.

export const paths = {
  home: { path: '/', getHref: () => '/' },
  article: {
    path: '/articles/:slug',
    getHref: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  },
  tags: { path: '/tags', getHref: () => '/tags' },
  search: {
    path: '/search',
    /** The query lives in the URL, so a search is a link; page 1 is left out. */
    getHref: (q = '', page = 1) => {
      const params = new URLSearchParams();
      if (q.trim()) params.set('q', q.trim());
      if (page > 1) params.set('page', String(page));
      const query = params.toString();
      return query ? `/search?${query}` : '/search';
    },
  },
  tag: {
    path: '/tags/:id',
    getHref: (id: string) => `/tags/${encodeURIComponent(id)}`,
  },
  /** The stories of everything the reader follows (kept in this browser). */
  following: { path: '/following', getHref: () => '/following' },
  /** The stories the reader saved to read later, also offline. */
  saved: { path: '/saved', getHref: () => '/saved' },
  /** What the service worker answers for a page it has neither online nor cached. */
  offline: { path: '/offline', getHref: () => '/offline' },
} as const;
