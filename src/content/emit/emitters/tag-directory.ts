// data/tags.json: every tag some story carries, by kind, then name, and what is trending
// (the home page reads this file already: one request less on its first view).
import type { TagDirectory } from '../../../contract/model.ts';
import { dataPaths } from '../../../config/data-paths.ts';
import { TRENDING_DAYS, trendingTags } from '../trending.ts';
import type { DataEmitter } from './emitter.ts';

export const emitTagDirectory: DataEmitter = ({ tags, corpus, ref }, out) => {
  const trending = { days: TRENDING_DAYS, tags: trendingTags(corpus, ref) };
  out.json(dataPaths.tagDirectory(), { tags, trending } satisfies TagDirectory);
};
