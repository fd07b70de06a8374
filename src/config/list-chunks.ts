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

/** One view of a list: what it shows and where its pager leads. */
export interface ListView {
  /** The archive page (a chunk number), or null for the first view. */
  page: number | null;
  /** The chunks it shows, newest first. */
  chunks: number[];
  chunkCount: number;
  /** The newer view's page, as `page` names it (null: the first view); undefined: none. */
  newer?: number | null;
  /** The older archive page; undefined: none. */
  older?: number;
}

/**
 * The view of `page` (null: the first view) in a list of `total`. A page past the newest
 * chunk is one whose chunk file does not exist: reading it answers "not found".
 */
export const listView = (total: number, page: number | null): ListView => {
  const count = chunkCount(total);
  // The oldest chunk the first view shows: the one before the newest while that holds
  // under half a page.
  const firstFrom =
    count > 1 && total - (count - 1) * PAGE_SIZE < PAGE_SIZE / 2 ? count - 1 : count;
  const oldest = page ?? firstFrom;
  const chunks = [];
  for (let n = page ?? count; n >= oldest; n--) chunks.push(n);
  const view: ListView = { page, chunks, chunkCount: count };
  // The chunks the first view shows are reached through it, not one by one.
  if (page !== null && page < count) view.newer = page + 1 < firstFrom ? page + 1 : null;
  if (oldest > 1) view.older = oldest - 1;
  return view;
};

/** The chunks the first view shows, newest first (what a prerendered list page reads). */
export const firstViewChunks = (total: number) => listView(total, null).chunks;

/** Chunk n of a list given oldest first: its items newest first. */
export const chunkItems = <T>(oldestFirst: readonly T[], n: number) =>
  oldestFirst.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE).reverse();

/** A list, oldest first, cut into its chunks (what the build writes). */
export const chunksOf = <T>(oldestFirst: readonly T[]) =>
  Array.from({ length: chunkCount(oldestFirst.length) }, (_, i) => ({
    chunk: i + 1,
    items: chunkItems(oldestFirst, i + 1),
  }));
