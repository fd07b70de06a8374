// What the data files of a build are made from: the seeds (bytes and dates), the registry,
// the event overrides,
// the built-in knowledge, the pipeline's code and the public base URL. The same key as the
// last build's: its data files are this build's, and the pipeline need not run (a warm
// build at 10,000 stories spends its time there). The clock is left out: it only decides
// warnings, which the build that changed something printed.
import { join } from 'node:path';
import { hashOf } from '../build/build-manifest.ts';
import { filesKey, sourcesUnder } from '../build/source-key.ts';
import type { LoadedSeeds } from './load-seeds.ts';

/** The pipeline's code: every file under src/ and the lockfile (also the memo's key: memo-file.ts). */
export const codeKeyOf = async (root: string) =>
  filesKey(root, [...(await sourcesUnder(join(root, 'src'))), join(root, 'package-lock.json')]);

export const contentKeyOf = (code: string, loaded: LoadedSeeds, baseUrl: string) => {
  const seeds = loaded.seeds.map((s) => hashOf(s.path, s.bytes, JSON.stringify(s.date ?? null)));
  return hashOf(
    code,
    baseUrl,
    ...seeds,
    JSON.stringify(loaded.skipped),
    JSON.stringify(loaded.readProblems ?? []),
    loaded.registry.path,
    loaded.registry.bytes ?? '',
    loaded.registry.unreadable ?? '',
    JSON.stringify(loaded.events ? { ...loaded.events, bytes: undefined } : null),
    loaded.events?.bytes ?? '',
    JSON.stringify(loaded.knowledge ?? null),
  );
};
