// The content plugin's file-system edge: writes the data files through the build's one
// writer (src/build/output-writer.ts), which skips unchanged bytes, and hands the prerender
// what it wrote and which files Vite itself wrote (they are never skipped later).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { buildCacheDir, isCleanBuild, phasePath, type BuildPhase } from '../build/build-cache.ts';
import { hashOf, type BuildManifest } from '../build/build-manifest.ts';
import { createOutputWriter } from '../build/output-writer.ts';
import { inBatches } from './emit/write-files.ts';
import type { PlannedFiles } from './emit/emit.ts';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The process's peak resident memory so far, in MB. */
export const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

export interface WriteOutputsOptions {
  root: string;
  outDir: string;
  publicDir: string;
  /**
   * The data files (emptied as they are written), or the last build's (`dataMadeFrom`) when
   * nothing they come from changed.
   */
  files: PlannedFiles | { kept: string[] };
  /** What they are made from (content-key.ts), recorded with each. */
  contentKey: string;
  /** The file names of Vite's bundle, relative to outDir. */
  bundle: string[];
  /** The last build's record, as buildData read it (read once a build: 22 MB at 10,000 stories). */
  previous: BuildManifest;
  /**
   * Written to phase.json for the prerender's process (inside `vite build`); otherwise only
   * returned, with the last build's record, to the prerender in this process.
   */
  savePhase: boolean;
  /** The output folder's files, listed while the pipeline ran (output-writer.ts's `filesUnder`). */
  present?: Promise<Iterable<string>>;
}

const publicFiles = async (publicDir: string) => {
  if (!publicDir) return [];
  try {
    const entries = await readdir(publicDir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => relative(publicDir, join(e.parentPath, e.name)));
  } catch {
    return [];
  }
};

export const writeOutputs = async ({
  root,
  outDir,
  publicDir,
  files,
  contentKey,
  bundle,
  previous,
  savePhase,
  present,
}: WriteOutputsOptions): Promise<BuildPhase> => {
  const cacheDir = buildCacheDir(root, outDir, process.env);
  const writer = await createOutputWriter({
    outDir,
    previous,
    clean: isCleanBuild(process.env, process.argv),
    ...(present ? { present } : {}),
  });
  // Vite's manifest is no output: the prerender reads it, then removes it (preloads.ts).
  const touched = [...new Set([...bundle, ...(await publicFiles(publicDir))])].filter(
    (path) => !path.startsWith('.vite/'),
  );
  const vite: string[] = [];
  await inBatches(touched, async (path) => {
    try {
      writer.register(path, { h: hashOf(await readFile(join(outDir, path))) });
      vite.push(path);
    } catch {
      // Not written by this build (no manifest without `build.manifest`): nothing to record.
    }
  });
  if (files instanceof Map)
    await inBatches([...files.keys()], async (path) => {
      const file = files.get(path)!;
      // Let each file's text go once written: at 100,000 stories the data files are 1.5
      // billion characters, most in two-byte strings (Hangul), the step's largest holding.
      files.delete(path);
      if (typeof file === 'string') await writer.write(path, file, contentKey);
      else if (!writer.keepIfInputs(path, file.key, contentKey))
        await writer.write(path, file.make(), contentKey, file.key);
    });
  else for (const path of files.kept) writer.keepIfMadeFrom(path, contentKey);
  const phase: BuildPhase = {
    manifest: writer.current,
    touched: vite.sort(),
    written: writer.stats.written,
    present: writer.present(),
  };
  if (savePhase) {
    await mkdir(dirname(phasePath(cacheDir)), { recursive: true });
    await writeFile(
      phasePath(cacheDir),
      JSON.stringify({ ...phase, present: [...writer.present()] }),
    );
  }
  console.log(
    // Peak memory of this process (vite build, the pipeline in it), read by bench:build.
    `content: ${files instanceof Map ? '' : 'seeds, registry and code as in the last build; '}${writer.stats.written} data files written, ${writer.stats.kept} unchanged; peak memory ${peakMb()} MB`,
  );
  return { ...phase, previous };
};

/**
 * The last build's data files, when they were made from `contentKey` and every one is still
 * in the output folder; otherwise null, and the pipeline runs.
 */
export const dataMadeFrom = async (previous: BuildManifest, outDir: string, contentKey: string) => {
  if (isCleanBuild(process.env, process.argv)) return null;
  // A loop, not Object.entries: 775,000 pairs made at 100,000 stories for a handful kept.
  const paths: string[] = [];
  for (const path in previous.outputs)
    if (previous.outputs[path]!.k === contentKey) paths.push(path);
  if (!paths.length) return null;
  const there = await Promise.all(
    paths.map((path) =>
      stat(join(outDir, path)).then(
        (s) => s.isFile(),
        () => false,
      ),
    ),
  );
  return there.every(Boolean) ? paths : null;
};
