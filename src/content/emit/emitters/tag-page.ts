// data/tags/<id>/pages/<n>.json: a tag's stories, newest first, a page a file.
import { dataPaths } from '../../../config/data-paths.ts';
import { pagesOf } from '../emit-context.ts';
import type { DataEmitter } from './emitter.ts';

export const emitTagPages: DataEmitter = ({ tagged, byTag, summaries, at }, out) => {
  for (const e of tagged)
    for (const page of pagesOf(
      byTag
        .get(e.id)!
        .toReversed()
        .map((o) => summaries[at(o)]!),
    ))
      out.json(dataPaths.tagPage(e.id, page.page), page);
};
