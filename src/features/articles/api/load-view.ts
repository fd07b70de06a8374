import type { ArticleSummary, FamilyItem } from '../../../contract/model';
import { listView } from '../../../config/list-chunks';

/** A story of a list; on a group's page, with the members it carries (decision 0027). */
export type ListItem = ArticleSummary & Partial<Pick<FamilyItem, 'members'>>;

/** The items of chunk n of a list. */
export type ChunkReader = (n: number) => Promise<ListItem[]>;

/** One view of a list of `total`: its chunks read at once, newest first. */
export async function loadView(total: number, page: number | null, read: ChunkReader) {
  const view = listView(total, page);
  const items = (await Promise.all(view.chunks.map(read))).flat();
  return { ...view, total, items };
}
