// data/tags/<id>/chunks/<n>.json: a tag's stories in fixed chunks counted from its oldest
// story, so a new story rewrites only the newest chunk of each of its tags.
import type { ListChunk } from '../../../contract/model.ts';
import { dataPaths } from '../../../config/data-paths.ts';
import { chunksOf } from '../../../config/list-chunks.ts';
import type { DataEmitter } from './emitter.ts';

export const emitTagChunks: DataEmitter = ({ tagged, byTag, summaries, at }, out) => {
  for (const e of tagged)
    for (const chunk of chunksOf(byTag.get(e.id)!.map((o) => summaries[at(o)]!)))
      out.json(dataPaths.tagChunk(e.id, chunk.chunk), chunk satisfies ListChunk);
};
