// data/tags/<id>/ordinals.json: where a tag's stories stand in the home list, for filters
// that intersect tags.
import type { TagOrdinals } from '../../../contract/model.ts';
import { dataPaths } from '../../../config/data-paths.ts';
import type { DataEmitter } from './emitter.ts';

export const emitTagOrdinals: DataEmitter = ({ tagged, byTag }, out) => {
  for (const e of tagged)
    out.json(dataPaths.tagOrdinals(e.id), { ordinals: byTag.get(e.id)! } satisfies TagOrdinals);
};
