// Turns the corpus into the JSON files the app fetches (layout: src/config/data-paths.ts),
// one emitter a data path (emitters/data-emitters.ts), and the site files (feeds, sitemap,
// robots.txt) when the public base URL is known.
// Lists are split by page and by tag so no view needs more than one page of summaries.
import type { Corpus } from '../pipeline.ts';
import { emitContext } from './emit-context.ts';
import { dataEmitters } from './emitters/data-emitters.ts';
import type { EmitOutput } from './emitters/emitter.ts';
import { siteFileEmitters } from './emitters/site-file-emitters.ts';
import { cachedStableJson } from './stable-json.ts';

/** path under the output folder (no leading slash) -> file contents */
export type EmittedFiles = Map<string, string>;

export interface EmitOptions {
  /** Public base URL; when given, feeds, sitemap.xml and robots.txt are written too. */
  baseUrl?: string;
}

export const emitData = (corpus: Corpus, options: EmitOptions = {}): EmittedFiles => {
  const files: EmittedFiles = new Map();
  const context = emitContext(corpus);
  // A story's summary stands on its list page and on every tag page of its tags: its JSON
  // is worked out once.
  const summarySet = new WeakSet<object>(context.summaries);
  const json = cachedStableJson((value) => summarySet.has(value));
  const out: EmitOutput = {
    json: (path, value) => files.set(path.replace(/^\//, ''), json(value)),
    text: (path, body) => files.set(path.replace(/^\//, ''), body),
  };
  for (const emit of Object.values(dataEmitters)) emit(context, out);
  if (options.baseUrl !== undefined) {
    const base = options.baseUrl.replace(/\/+$/, '');
    for (const emit of siteFileEmitters) emit(context, (path) => `${base}${path}`, out);
  }
  return files;
};
