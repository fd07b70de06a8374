// data/pages/<n>.json: the home list, newest first, a page a file.
import type { SummaryPage } from '../../../contract/model.ts';
import { dataPaths } from '../../../config/data-paths.ts';
import { pagesOf } from '../emit-context.ts';
import type { DataEmitter } from './emitter.ts';

export const emitPages: DataEmitter = ({ summaries }, out) => {
  for (const page of pagesOf(summaries))
    out.json(dataPaths.page(page.page), page satisfies SummaryPage);
};
