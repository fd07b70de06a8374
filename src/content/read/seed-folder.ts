// Which entries of the seeds folder are seeds. A story file must be a `.txt` directly in the
// folder; a symbolic link to one is read as its target. Everything else an editor may have
// put there is listed as skipped, so a story saved as .md or into a subfolder is not lost
// without a word; only the registry, READMEs and hidden files are expected and left unsaid.
import type { Dirent } from 'node:fs';
import { readdir, readlink, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

export const REGISTRY_FILE = 'entities.json';
/** The editor's event overrides (src/content/events/overrides-file.ts). */
export const EVENTS_FILE = 'events.json';

export interface SkippedFile {
  /** Relative to the seeds folder, "/"-separated. */
  name: string;
  reason: string;
}

export interface SeedFolder {
  /** Names of the seed files (or links to them), sorted. */
  seeds: string[];
  skipped: SkippedFile[];
  /** Links named like seeds that lead nowhere: errors, since a story is missing. */
  broken: { name: string; message: string }[];
}

const isTxt = (name: string) => name.toLowerCase().endsWith('.txt');
const isExpected = (name: string) =>
  name === REGISTRY_FILE ||
  name === EVENTS_FILE ||
  name.startsWith('.') ||
  /^readme(\.\w+)?$/i.test(name);
const code = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);
const ONLY_DIRECT = 'only files directly in the seeds folder are read';
const SUBFOLDER = `in a subfolder: ${ONLY_DIRECT}`;
const byName = (a: { name: string }, b: { name: string }) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** Every file under a subfolder, as skipped (hidden files and folders aside). */
const filesUnder = async (dir: string, folder: string): Promise<SkippedFile[]> =>
  (await readdir(join(dir, folder), { recursive: true, withFileTypes: true }))
    .filter((d) => !d.isDirectory())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .filter((name) => !name.split('/').some((part) => part.startsWith('.')))
    .map((name) => ({ name, reason: SUBFOLDER }));

/** What a directory entry is once links are followed: a file, a folder, or why not. */
const kindOf = async (dir: string, d: Dirent) => {
  if (!d.isSymbolicLink()) return d.isFile() ? 'file' : d.isDirectory() ? 'folder' : 'other';
  try {
    const target = await stat(join(dir, d.name));
    return target.isFile() ? 'file' : target.isDirectory() ? 'linked folder' : 'other';
  } catch (error) {
    const to = await readlink(join(dir, d.name)).catch(() => '?');
    return code(error) === 'ENOENT'
      ? { message: `a symbolic link to "${to}", which does not exist: fix or remove the link` }
      : { message: `a symbolic link to "${to}" that cannot be read (${code(error)})` };
  }
};

export const readSeedFolder = async (dir: string): Promise<SeedFolder> => {
  const folder: SeedFolder = { seeds: [], skipped: [], broken: [] };
  for (const d of await readdir(dir, { withFileTypes: true })) {
    const { name } = d;
    const kind = await kindOf(dir, d);
    if (typeof kind === 'object') {
      if (isTxt(name)) folder.broken.push({ name, ...kind });
      else folder.skipped.push({ name, reason: kind.message });
    } else if (kind === 'file') {
      if (isTxt(name)) folder.seeds.push(name);
      else if (!isExpected(name)) folder.skipped.push({ name, reason: 'not a .txt file' });
    } else if (kind === 'folder') {
      if (!name.startsWith('.')) folder.skipped.push(...(await filesUnder(dir, name)));
    } else if (kind === 'linked folder') {
      folder.skipped.push({ name, reason: `a link to a folder: ${ONLY_DIRECT}` });
    } else folder.skipped.push({ name, reason: 'not a regular file' });
  }
  folder.seeds.sort();
  folder.skipped.sort(byName);
  folder.broken.sort(byName);
  return folder;
};
