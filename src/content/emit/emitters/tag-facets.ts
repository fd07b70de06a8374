// data/tags/<id>/facets.json: the other tags of each of a tag's stories, for the filter's
// chip counts.
import { compareText } from '../../compare.ts';
import type { TagFacets } from '../../model.ts';
import { dataPaths } from '../../../config/data-paths.ts';
import type { DataEmitter } from './emitter.ts';

export const emitTagFacets: DataEmitter = ({ corpus: { articles }, tagged, byTag }, out) => {
  for (const e of tagged) {
    const others = byTag
      .get(e.id)!
      .map((o) => articles[o]!.tags.flatMap((t) => (t.id === e.id ? [] : t.id)));
    const facetTags = [...new Set(others.flat())].sort(compareText);
    const position = new Map(facetTags.map((id, i) => [id, i]));
    const stories = others.map((ids) => ids.map((id) => position.get(id)!));
    out.json(dataPaths.tagFacets(e.id), { tags: facetTags, stories } satisfies TagFacets);
  }
};
