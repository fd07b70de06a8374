// data/tags/<id>/family/<n>.json: a group's stories and its members', in chunks counted from
// the oldest (like tag-chunks.ts), each story with the members it carries (decision 0027).
import type { FamilyChunk, FamilyItem } from '../../../contract/model.ts';
import { dataPaths } from '../../../config/data-paths.ts';
import { chunksOf } from '../../../config/list-chunks.ts';
import { familiesOf } from '../family.ts';
import type { DataEmitter } from './emitter.ts';

export const emitTagFamily: DataEmitter = (context, out) => {
  const { summaries, at } = context;
  for (const [id, { members, ordinals }] of familiesOf(context)) {
    const items = ordinals.map((o): FamilyItem => {
      const story = summaries[at(o)]!;
      const carried = new Set(story.tags.map((t) => t.id));
      return { ...story, members: members.filter((m) => carried.has(m.id)) };
    });
    for (const chunk of chunksOf(items))
      out.json(dataPaths.tagFamilyChunk(id, chunk.chunk), chunk satisfies FamilyChunk);
  }
};
