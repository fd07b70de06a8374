// The data files of a build, from the seeds: what the content plugin does inside `vite build`
// and what `npm run build` does alone when the app's code is the last build's (Vite then
// does not run: scripts/lib/client-cache.ts). The pipeline runs unless the seeds, registry,
// knowledge, code and SITE_URL are the last build's (content-key.ts).
import { siteUrlOf } from '../config/site.ts';
import { contentKeyOf } from './content-key.ts';
import { emitData, type EmittedFiles } from './emit/emit.ts';
import { buildNotices } from './emit/notices.ts';
import { loadSeeds, type LoadedSeeds } from './load-seeds.ts';
import { runPipeline, type PipelineMemo } from './pipeline.ts';
import { ContentError } from './problems.ts';
import { dataMadeFrom, writeOutputs } from './write-outputs.ts';

/** Where the build's warnings go: Vite's logger, or the console. */
export interface Warn {
  warn: (line: string) => void;
}

/** Runs the pipeline on loaded seeds; invalid seeds throw a ContentError listing them all. */
export const emitFromSeeds = (
  loaded: LoadedSeeds,
  logger?: Warn,
  memo?: PipelineMemo,
): EmittedFiles => {
  const result = runPipeline({ ...loaded, memo });
  if (!result.ok) throw new ContentError(result.problems);
  // Valid seeds can still need an editor's look: a date years ahead, provisional dates.
  for (const line of buildNotices(result.corpus, loaded.skipped)) logger?.warn(line);
  return emitData(result.corpus, { baseUrl: siteUrlOf(process.env).url });
};

export interface BuildData {
  /** The data files, or the last build's paths when nothing they are made from changed. */
  files: EmittedFiles | { kept: string[] };
  contentKey: string;
}

/** A build's data: the pipeline's files, or the last build's when made from the same key. */
export const buildData = async (
  root: string,
  seedsDir: string,
  outDir: string,
  logger?: Warn,
): Promise<BuildData> => {
  const loaded = await loadSeeds(root, seedsDir);
  const contentKey = await contentKeyOf(root, loaded, siteUrlOf(process.env).url);
  const kept = await dataMadeFrom(root, outDir, contentKey);
  return { files: kept ? { kept } : emitFromSeeds(loaded, logger), contentKey };
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
  /** The app's files in the output folder (Vite's bundle and public/), relative to it. */
  bundle: string[];
  logger?: Warn;
}

/** The whole data step of a build without Vite: data files written, the phase recorded. */
export const runDataStep = async ({
  root,
  seedsDir,
  outDir,
  publicDir,
  bundle,
  logger,
}: DataStepOptions) => {
  const { files, contentKey } = await buildData(root, seedsDir, outDir, logger).catch(
    exitOnContentError,
  );
  await writeOutputs({ root, outDir, publicDir, files, contentKey, bundle });
};
