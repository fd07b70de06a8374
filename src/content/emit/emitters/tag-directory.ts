// data/tags.json: every tag some story carries, by kind, then name.
import type { TagDirectory } from '../../../contract/model.ts';
import { dataPaths } from '../../../config/data-paths.ts';
import type { DataEmitter } from './emitter.ts';

export const emitTagDirectory: DataEmitter = ({ tags }, out) => {
  out.json(dataPaths.tagDirectory(), { tags } satisfies TagDirectory);
};
