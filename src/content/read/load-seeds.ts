// The file-system edge of the pipeline: reads seeds/ into a PipelineInput.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { PipelineInput, SeedDate } from '../pipeline.ts';
import { isoFromTime } from './dates.ts';
import { readGitDates } from './git-dates.ts';
import { readKnowledge } from '../knowledge/read-knowledge.ts';
import { readRegistry } from './read-registry.ts';

export const REGISTRY_FILE = 'entities.json';

/**
 * Every *.txt directly in the seeds folder with its date, the registry beside them, and the
 * built-in knowledge. A file's date is its first commit; without git history for it (a
 * tarball, a file not committed yet) its modification time, flagged as provisional.
 */
export const loadSeeds = async (
  root: string,
  seedsDir = join(root, 'seeds'),
): Promise<PipelineInput> => {
  const names = (await readdir(seedsDir, { withFileTypes: true }))
    .filter((d) => d.isFile() && d.name.toLowerCase().endsWith('.txt'))
    .map((d) => d.name)
    .sort();
  const rel = (name: string) => relative(root, join(seedsDir, name)).split('\\').join('/');
  const gitDates = await readGitDates(seedsDir, names);
  const dateOf = async (name: string): Promise<SeedDate> => {
    const git = gitDates.get(name);
    if (git) return git.changed === git.added ? { added: git.added } : git;
    const { mtimeMs } = await stat(join(seedsDir, name));
    return { added: isoFromTime(mtimeMs), provisional: true };
  };
  const seeds = await Promise.all(
    names.map(async (name) => ({
      path: rel(name),
      bytes: new Uint8Array(await readFile(join(seedsDir, name))),
      date: await dateOf(name),
    })),
  );
  return {
    seeds,
    registry: await readRegistry(join(seedsDir, REGISTRY_FILE), rel(REGISTRY_FILE)),
    knowledge: await readKnowledge(root),
  };
};
