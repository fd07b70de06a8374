// Turns the corpus into the JSON files the app fetches (layout: src/config/data-paths.ts),
// one emitter a data path (emitters/data-emitters.ts), and the site files (feeds, sitemap,
// robots.txt) when the public base URL is known.
// Lists are split by page and by tag so no view needs more than one page of summaries.
import { hashOf } from '../../build/build-manifest.ts';
import type { Corpus } from '../pipeline.ts';
import { emitContext } from './emit-context.ts';
import { dataEmitters } from './emitters/data-emitters.ts';
import type { EmitOutput } from './emitters/emitter.ts';
import { siteFileEmitters } from './emitters/site-file-emitters.ts';
import { cachedStableJson } from './stable-json.ts';

/** path under the output folder (no leading slash) -> file contents */
export type EmittedFiles = Map<string, string>;

/**
 * A file made only when needed: `key` hashes everything its bytes are made from (with the
 * code and base URL: EmitOptions.keyPrefix), so a build whose last file of that path was
 * made from the same key keeps it without making it (decision 0032).
 */
export interface LazyFile {
  key: string;
  make: () => string;
}

/** What a build writes: files made, and files it makes only if their key changed. */
export type PlannedFiles = Map<string, string | LazyFile>;

export interface EmitOptions {
  /** Public base URL; when given, feeds, sitemap.xml and robots.txt are written too. */
  baseUrl?: string;
  /**
   * What every file's key starts from: the code and the base URL. Given (a build), the
   * costly files are planned lazily; without it, every file is made.
   */
  keyPrefix?: string;
}

/** The data files, the costly ones (stories, feeds) planned by key when `keyPrefix` is given. */
export const emitPlanned = (corpus: Corpus, options: EmitOptions = {}): PlannedFiles => {
  const files: PlannedFiles = new Map();
  // A story's summary stands on its list page and on every tag page of its tags: its JSON
  // is worked out once.
  const context = emitContext(corpus);
  const summarySet = new WeakSet<object>(context.summaries);
  const json = cachedStableJson((value) => summarySet.has(value));
  const { keyPrefix } = options;
  const out: EmitOutput = {
    json: (path, value) => files.set(path.replace(/^\//, ''), json(value)),
    text: (path, body) => files.set(path.replace(/^\//, ''), body),
    keyed: (path, inputs, make) =>
      files.set(
        path.replace(/^\//, ''),
        keyPrefix === undefined ? make() : { key: hashOf(keyPrefix, path, ...inputs), make },
      ),
    stable: json,
  };
  for (const emit of Object.values(dataEmitters)) emit(context, out);
  if (options.baseUrl !== undefined) {
    const base = options.baseUrl.replace(/\/+$/, '');
    for (const emit of siteFileEmitters) emit(context, (path) => `${base}${path}`, out);
  }
  return files;
};

/** A planned file's bytes: made now if it was planned lazily. */
export const madeFile = (file: string | LazyFile) =>
  typeof file === 'string' ? file : file.make();

/** Every data file made (tests, the dev server, tools). */
export const emitData = (corpus: Corpus, options: Omit<EmitOptions, 'keyPrefix'> = {}) => {
  const files: EmittedFiles = new Map();
  for (const [path, file] of emitPlanned(corpus, options)) files.set(path, madeFile(file));
  return files;
};
