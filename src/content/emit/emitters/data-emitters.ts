// One emitter for each data path of src/config/data-paths.ts, keyed alike: a new data file
// is a path there and an emitter here, and the compiler asks for the emitter.
import type { dataPaths } from '../../../config/data-paths.ts';
import { emitArticles } from './article.ts';
import type { DataEmitter } from './emitter.ts';
import { emitChunks } from './chunks.ts';
import { emitSearchNames } from './search-names.ts';
import { emitSite } from './site.ts';
import { emitTagDirectory } from './tag-directory.ts';
import { emitTagFacets } from './tag-facets.ts';
import { emitTagInfo } from './tag-info.ts';
import { emitTagOrdinals } from './tag-ordinals.ts';
import { emitTagChunks } from './tag-chunks.ts';
import { emitSuggested } from './suggested.ts';
import { emitTagFamily } from './tag-family.ts';

export const dataEmitters: Record<keyof typeof dataPaths, DataEmitter> = {
  site: emitSite,
  chunk: emitChunks,
  article: emitArticles,
  tagDirectory: emitTagDirectory,
  searchNames: emitSearchNames,
  tagInfo: emitTagInfo,
  tagChunk: emitTagChunks,
  tagFamilyChunk: emitTagFamily,
  tagOrdinals: emitTagOrdinals,
  tagFacets: emitTagFacets,
  suggested: emitSuggested,
};
