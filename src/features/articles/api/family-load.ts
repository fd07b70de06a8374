// Reads one view of a group's combined list (family-list.ts). Its chunks are read here, not
// as queries of their own: no other list shares them.
import type { FamilyChunk } from '../../../contract/model';
import { dataPaths } from '../../../config/data-paths';
import { fetchJson } from '../../../lib/fetch-json';
import { loadView } from './load-view';

export const loadFamily = (id: string, total: number, page: number | null, signal: AbortSignal) =>
  loadView(total, page, (n) =>
    fetchJson<FamilyChunk>(dataPaths.tagFamilyChunk(id, n), signal).then((c) => c.items),
  );
