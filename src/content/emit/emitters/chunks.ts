// data/chunks/<n>.json: every story in fixed chunks counted from the oldest, so a new story
// rewrites the newest chunk only (src/config/list-chunks.ts, decision 0024).
import type { ListChunk } from '../../../contract/model.ts';
import { dataPaths } from '../../../config/data-paths.ts';
import { chunksOf } from '../../../config/list-chunks.ts';
import type { DataEmitter } from './emitter.ts';

export const emitChunks: DataEmitter = ({ summaries }, out) => {
  // Summaries are newest first; ordinals, and chunks, count from the oldest.
  for (const chunk of chunksOf(summaries.toReversed()))
    out.json(dataPaths.chunk(chunk.chunk), chunk satisfies ListChunk);
};
