// Where the content pipeline writes its JSON and where the app fetches it.
// Shared by both sides; no dependencies so it is safe in the browser bundle.

export const DATA_ROOT = '/data';
/** Stories a list chunk holds (docs/decisions/0024-stable-list-chunks.md). */
export const PAGE_SIZE = 20;

export const dataPaths = {
  site: () => `${DATA_ROOT}/site.json`,
  /** Chunk n of every story, counted from the oldest (src/config/list-chunks.ts). */
  chunk: (n: number) => `${DATA_ROOT}/chunks/${n}.json`,
  article: (slug: string) => `${DATA_ROOT}/articles/${slug}.json`,
  tagDirectory: () => `${DATA_ROOT}/tags.json`,
  /** Tag names for search suggestions, by the first letter typed (src/lib/names/name-shards.ts). */
  searchNames: (shard: string) => `${DATA_ROOT}/search-names/${shard}.json`,
  tagInfo: (id: string) => `${DATA_ROOT}/tags/${id}/info.json`,
  tagChunk: (id: string, n: number) => `${DATA_ROOT}/tags/${id}/chunks/${n}.json`,
  /** A group's stories with its members', in chunks (decision 0027); groups with members only. */
  tagFamilyChunk: (id: string, n: number) => `${DATA_ROOT}/tags/${id}/family/${n}.json`,
  tagOrdinals: (id: string) => `${DATA_ROOT}/tags/${id}/ordinals.json`,
  tagFacets: (id: string) => `${DATA_ROOT}/tags/${id}/facets.json`,
  /** The people, groups and shows most covered lately: what to follow first (the Following page). */
  suggested: () => `${DATA_ROOT}/suggested.json`,
} as const;

/**
 * The chunk file of every story that holds the story at a corpus position. Ordinals and
 * chunks both count from the oldest story, so a newer story moves neither.
 */
export const chunkOfOrdinal = (ordinal: number) => Math.floor(ordinal / PAGE_SIZE) + 1;

/**
 * Slugs and tag ids are lowercase words joined by hyphens (src/content/permalink.ts, the
 * registry schema). Anything else in a URL names nothing, and must not reach a data path:
 * "../pages/1" would fetch another file.
 */
export const isContentId = (id: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);
