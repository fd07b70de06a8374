// Where the content pipeline writes its JSON and where the app fetches it.
// Shared by both sides; no dependencies so it is safe in the browser bundle.

export const DATA_ROOT = '/data';
export const PAGE_SIZE = 20;

export const dataPaths = {
  site: () => `${DATA_ROOT}/site.json`,
  page: (page: number) => `${DATA_ROOT}/pages/${page}.json`,
  article: (slug: string) => `${DATA_ROOT}/articles/${slug}.json`,
  tagDirectory: () => `${DATA_ROOT}/tags.json`,
  /** Tag names for search suggestions, by the first letter typed (src/lib/names/name-shards.ts). */
  searchNames: (shard: string) => `${DATA_ROOT}/search-names/${shard}.json`,
  tagInfo: (id: string) => `${DATA_ROOT}/tags/${id}/info.json`,
  tagPage: (id: string, page: number) => `${DATA_ROOT}/tags/${id}/pages/${page}.json`,
  tagOrdinals: (id: string) => `${DATA_ROOT}/tags/${id}/ordinals.json`,
  tagFacets: (id: string) => `${DATA_ROOT}/tags/${id}/facets.json`,
} as const;

/**
 * The home page file that holds the story at a corpus position. Ordinals count from the
 * oldest story and pages from the newest, so it takes the number of stories.
 */
export const pageOfOrdinal = (ordinal: number, total: number) =>
  Math.floor((total - 1 - ordinal) / PAGE_SIZE) + 1;

/**
 * Slugs and tag ids are lowercase words joined by hyphens (src/content/permalink.ts, the
 * registry schema). Anything else in a URL names nothing, and must not reach a data path:
 * "../pages/1" would fetch another file.
 */
export const isContentId = (id: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);
