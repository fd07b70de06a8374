// data/search-names/<shard>.json: every name of every tag, for search suggestions.
import { dataPaths } from '../../../config/data-paths.ts';
import { searchNameShards, searchNames } from '../search-names.ts';
import type { DataEmitter } from './emitter.ts';

export const emitSearchNames: DataEmitter = ({ tags, tagged }, out) => {
  const names = searchNames(tags, new Map(tagged.map((e) => [e.id, e])));
  for (const [shard, file] of searchNameShards(names)) out.json(dataPaths.searchNames(shard), file);
};
