import type { ArticleSummary } from '../../../contract/model';
import { listView } from '../../../config/list-chunks';

/** The items of chunk n of a list. */
export type ChunkReader = (n: number) => Promise<ArticleSummary[]>;

/** One view of a list of `total`: its chunks read at once, newest first. */
export async function loadView(total: number, page: number | null, read: ChunkReader) {
  const view = listView(total, page);
  const items = (await Promise.all(view.chunks.map(read))).flat();
  return { ...view, total, items };
}
