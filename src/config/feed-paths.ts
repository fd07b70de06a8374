// Where the build writes the feeds (RSS 2.0 and JSON Feed 1.1), and where pages link them.
// A file of its own, apart from site.ts: the bundler then keeps it out of the entry, and
// only the pages that show feed links (home, tag pages) load it (vite.config.ts).
export const feedPaths = {
  site: () => ({ rss: '/feed.xml', json: '/feed.json' }),
  tag: (id: string) => ({ rss: `/tags/${id}/feed.xml`, json: `/tags/${id}/feed.json` }),
} as const;
