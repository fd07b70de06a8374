// Every route path, declared once. Components build links with getHref, the router
// uses `path`, the prerenderer walks the same list.

export const paths = {
  home: { path: '/', getHref: () => '/' },
  article: {
    path: '/articles/:slug',
    getHref: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  },
  tags: { path: '/tags', getHref: () => '/tags' },
  tag: {
    path: '/tags/:id',
    getHref: (id: string) => `/tags/${encodeURIComponent(id)}`,
  },
} as const;
