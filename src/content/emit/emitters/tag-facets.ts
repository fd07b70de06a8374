// data/tags/<id>/facets.json: the other tags of each of a tag's stories, for the filter's
// chip counts.
import { compareText } from '../../compare.ts';
import type { TagFacets } from '../../../contract/model.ts';
import { dataPaths } from '../../../config/data-paths.ts';
import type { DataEmitter } from './emitter.ts';

export const emitTagFacets: DataEmitter = ({ corpus: { articles }, tagged, byTag, at }, out) => {
  for (const e of tagged) {
    // Newest first, as the tag's list shows them.
    const others = byTag
      .get(e.id)!
      .toReversed()
      .map((o) => articles[at(o)]!.tags.flatMap((t) => (t.id === e.id ? [] : t.id)));
    const facetTags = [...new Set(others.flat())].sort(compareText);
    const position = new Map(facetTags.map((id, i) => [id, i]));
    const stories = others.map((ids) => ids.map((id) => position.get(id)!));
    out.json(dataPaths.tagFacets(e.id), { tags: facetTags, stories } satisfies TagFacets);
  }
};
