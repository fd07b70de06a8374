// How a list (every story, a tag's, a filter's) is cut into chunks and shown as pages.
// Chunks count from the oldest story: chunk n holds positions (n-1)*PAGE_SIZE to
// n*PAGE_SIZE-1 of the list, oldest first, so a new story changes only the newest chunk,
// and a full chunk never changes again. `?page=n` shows chunk n: an archive URL keeps its
// stories. The first view (no ?page) is the newest chunk, topped up with the one before
// it while the newest holds under half a page, so a reader never opens a near-empty list.
// Pure and import-free but for the size: the app and the build share it (decision 0024).
import { PAGE_SIZE } from './data-paths.ts';

/** How many chunks a list of `total` stories has: at least one (an empty list). */
export const chunkCount = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));

/** The chunks the first view shows, newest first. */
export const firstViewChunks = (total: number): number[] => {
  const newest = chunkCount(total);
  const inNewest = total - (newest - 1) * PAGE_SIZE;
  return newest > 1 && inNewest < PAGE_SIZE / 2 ? [newest, newest - 1] : [newest];
};

/** One view of a list: what it shows and where its pager leads. */
export interface ListView {
  /** The archive page (a chunk number), or null for the first view. */
  page: number | null;
  /** The chunks it shows, newest first. */
  chunks: number[];
  chunkCount: number;
  /** The newer view: an archive page, 'first' for the first view, or none. */
  newer: number | 'first' | null;
  /** The older archive page, or none. */
  older: number | null;
}

/** The view of `page` (null: the first view) in a list of `total`; null when there is no such page. */
export const listView = (total: number, page: number | null): ListView | null => {
  const count = chunkCount(total);
  const first = firstViewChunks(total);
  const oldestOnFirst = first[first.length - 1]!;
  if (page === null)
    return {
      page,
      chunks: first,
      chunkCount: count,
      newer: null,
      older: oldestOnFirst > 1 ? oldestOnFirst - 1 : null,
    };
  if (!Number.isInteger(page) || page < 1 || page > count) return null;
  return {
    page,
    chunks: [page],
    chunkCount: count,
    // The chunks the first view shows are reached through it, not one by one.
    newer: page >= count ? null : page + 1 >= oldestOnFirst ? 'first' : page + 1,
    older: page > 1 ? page - 1 : null,
  };
};

/** A list, oldest first, cut into its chunks; each chunk's items newest first. */
export const chunksOf = <T>(oldestFirst: readonly T[]) =>
  Array.from({ length: chunkCount(oldestFirst.length) }, (_, i) => ({
    chunk: i + 1,
    items: oldestFirst.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE).reverse(),
  }));
