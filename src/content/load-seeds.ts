// The file-system edge of the pipeline: reads seeds/ into a PipelineInput.
import { readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { PipelineInput, SeedDate } from './pipeline.ts';
import { isoFromTime } from './read/dates.ts';
import { readGitDates } from './read/git-dates.ts';
import { readKnowledge } from './knowledge/read-knowledge.ts';
import { readRegistry } from './knowledge/read-registry.ts';
import { EVENTS_FILE, REGISTRY_FILE, readSeedFolder } from './read/seed-folder.ts';

export { EVENTS_FILE, REGISTRY_FILE };

export interface LoadedSeeds extends PipelineInput {
  /** Entries of the seeds folder that are not read (a subfolder's files, a .md), and why. */
  skipped: { path: string; reason: string }[];
}

/**
 * Every *.txt directly in the seeds folder (a link to one read as its target) with its date,
 * the registry and the event overrides beside them, the built-in knowledge, and the clock the date checks compare
 * with. A file's date is its first commit; without git history for it (a tarball, a file not
 * committed yet) its modification time, flagged as provisional.
 */
export const loadSeeds = async (
  root: string,
  seedsDir = join(root, 'seeds'),
): Promise<LoadedSeeds> => {
  const now = Date.now();
  const folder = await readSeedFolder(seedsDir);
  const names = folder.seeds;
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
    events: await readRegistry(
      join(seedsDir, EVENTS_FILE),
      rel(EVENTS_FILE),
      'the event overrides',
    ),
    knowledge: await readKnowledge(root),
    now,
    readProblems: folder.broken.map(({ name, message }) => ({ file: rel(name), line: 1, message })),
    skipped: folder.skipped.map(({ name, reason }) => ({ path: rel(name), reason })),
  };
};
