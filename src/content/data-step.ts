// The data files of a build, from the seeds: what the content plugin does inside `vite build`
// and what `npm run build` does alone when the app's code is the last build's (Vite then
// does not run: scripts/lib/client-cache.ts). The pipeline runs unless the seeds, registry,
// knowledge, code and SITE_URL are the last build's (content-key.ts).
import { buildCacheDir, isCleanBuild, manifestPath } from '../build/build-cache.ts';
import type { BuildManifest } from '../build/build-manifest.ts';
import { filesUnder, readManifest } from '../build/output-writer.ts';
import { phaseTimer, type PhaseTimer } from '../build/phase-timer.ts';
import { siteUrlOf } from '../config/site.ts';
import { codeKeyOf, contentKeyOf } from './content-key.ts';
import { loadMemo, memoKeyOf, memoPath, saveMemo } from './memo-file.ts';
import { emitData, emitPlanned, type EmittedFiles, type PlannedFiles } from './emit/emit.ts';
import { hashOf } from '../build/build-manifest.ts';
import { buildNotices } from './emit/notices.ts';
import { loadSeeds, type LoadedSeeds } from './load-seeds.ts';
import { emptyPipelineMemo, runPipeline, type Corpus, type PipelineMemo } from './pipeline.ts';
import { emptyMemo } from './run-memo.ts';
import { ContentError } from './problems.ts';
import { dataMadeFrom, writeOutputs } from './write-outputs.ts';

/** Where the build's warnings go: Vite's logger, or the console. */
export interface Warn {
  warn: (line: string) => void;
}

/** Runs the pipeline on loaded seeds; invalid seeds throw a ContentError listing them all. */
const corpusOf = (loaded: LoadedSeeds, logger?: Warn, memo?: PipelineMemo, timer?: PhaseTimer) => {
  const result = runPipeline({ ...loaded, memo });
  timer?.lap('pipeline');
  if (!result.ok) throw new ContentError(result.problems);
  // Valid seeds can still need an editor's look: a date years ahead, provisional dates.
  for (const line of buildNotices(result.corpus, loaded.skipped)) logger?.warn(line);
  return result.corpus;
};

/** `code`: the code's key; given, the costly files are planned by key (emit.ts). */
const emitCorpus = (corpus: Corpus, code?: string, timer?: PhaseTimer): PlannedFiles => {
  const baseUrl = siteUrlOf(process.env).url;
  const files = emitPlanned(corpus, {
    baseUrl,
    ...(code === undefined ? {} : { keyPrefix: hashOf(code, baseUrl) }),
  });
  timer?.lap('emit');
  return files;
};

/** The data files of loaded seeds; invalid seeds throw a ContentError listing them all. */
export const emitFromSeeds = (
  loaded: LoadedSeeds,
  logger?: Warn,
  memo?: PipelineMemo,
): EmittedFiles =>
  emitData(corpusOf(loaded, logger, memo), { baseUrl: siteUrlOf(process.env).url });

export interface BuildData {
  /** The data files, or the last build's paths when nothing they are made from changed. */
  files: PlannedFiles | { kept: string[] };
  contentKey: string;
  /** The last build's record (empty when there is none). */
  previous: BuildManifest;
}

/**
 * The corpus, from a pipeline run with the last build's memo; this run's memo is saved for
 * the next and let go (nothing here holds it) before the data files are made, which need the
 * memory at 100,000 stories: the prepared lines alone are 2 GB there.
 */
const corpusWithMemo = async (
  loaded: LoadedSeeds,
  cacheDir: string,
  memoKey: string,
  logger?: Warn,
  timer?: PhaseTimer,
) => {
  const memoFile = memoPath(cacheDir, memoKey);
  const memo = isCleanBuild(process.env, process.argv)
    ? emptyPipelineMemo()
    : await loadMemo(memoFile, memoKey);
  timer?.lap('memo read');
  const corpus = corpusOf(loaded, logger, memo, timer);
  // The prepared lines are not saved (memo-file.ts).
  memo.tags.read = emptyMemo();
  await saveMemo(memoFile, memoKey, memo);
  timer?.lap('memo saved');
  return corpus;
};

/**
 * A build's data: the pipeline's files, or the last build's when made from the same key.
 * The pipeline runs with the last run's memo from the build cache (memo-file.ts) and
 * leaves its own there.
 */
export const buildData = async (
  root: string,
  seedsDir: string,
  outDir: string,
  logger?: Warn,
  timer?: PhaseTimer,
): Promise<BuildData> => {
  const loaded = await loadSeeds(root, seedsDir);
  timer?.lap('load seeds');
  const code = await codeKeyOf(root);
  const contentKey = contentKeyOf(code, loaded, siteUrlOf(process.env).url);
  const cacheDir = buildCacheDir(root, outDir, process.env);
  const previous = await readManifest(manifestPath(cacheDir));
  const kept = await dataMadeFrom(previous, outDir, contentKey);
  timer?.lap('content key');
  if (kept) return { files: { kept }, contentKey, previous };
  const corpus = await corpusWithMemo(loaded, cacheDir, memoKeyOf(code), logger, timer);
  return { files: emitCorpus(corpus, code, timer), contentKey, previous };
};

/**
 * Prints the problems of invalid seeds as content:check does and ends the build; a bundler
 * error would print its own stack under the list, and an editor needs only the list.
 */
export const exitOnContentError = (error: unknown): never => {
  if (!(error instanceof ContentError)) throw error;
  process.stderr.write(
    `\n${error.message}\n\n${error.problems.length} problem(s) in the seeds; nothing was built.\n`,
  );
  process.exit(1);
};

export interface DataStepOptions {
  root: string;
  seedsDir: string;
  outDir: string;
  publicDir: string;
  /**
   * The app's files in the output folder (Vite's bundle and public/), relative to it; a
   * promise when Vite is still bundling beside this step (awaited before any file is written).
   */
  bundle: string[] | Promise<string[]>;
  logger?: Warn;
}

/** The whole data step of a build without Vite: data files written; what it did, for the prerender. */
export const runDataStep = async ({
  root,
  seedsDir,
  outDir,
  publicDir,
  bundle,
  logger,
}: DataStepOptions) => {
  const timer = phaseTimer();
  // The output folder is listed (2 s at 100,000 stories) while the pipeline runs; after
  // Vite, when it bundles beside this step, so the list holds what it wrote.
  const listing = (bundle instanceof Promise ? bundle : Promise.resolve()).then(() =>
    filesUnder(outDir),
  );
  // A failed bundle is reported by the `await bundle` below.
  listing.catch(() => undefined);
  const data = await buildData(root, seedsDir, outDir, logger, timer).catch(exitOnContentError);
  const app = await bundle;
  if (bundle instanceof Promise) timer.lap('wait for vite');
  const phase = await writeOutputs({
    root,
    outDir,
    publicDir,
    ...data,
    bundle: app,
    savePhase: false,
    present: listing,
  });
  timer.lap('write');
  console.log(timer.line('data step'));
  return phase;
};
