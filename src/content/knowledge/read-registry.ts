// The file-system edge of the editor's registry. Only a missing file means "no registry";
// a folder, a broken link or a file that cannot be read is reported, never taken as empty.
import { lstat, readFile } from 'node:fs/promises';
import type { RegistryInput } from './registry-input.ts';

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/** Also reads the other optional JSON file of the seeds folder, events.json (`what` names it). */
export const readRegistry = async (
  file: string,
  path: string,
  what = 'the registry',
): Promise<RegistryInput> => {
  try {
    return { path, bytes: new Uint8Array(await readFile(file)) };
  } catch (error) {
    const code = codeOf(error);
    if (code === 'EISDIR')
      return {
        path,
        unreadable: `is a folder, not a file: ${what} must be a JSON file (or absent)`,
      };
    if (code !== 'ENOENT') return { path, unreadable: `cannot be read (${code})` };
    // ENOENT also comes from a link whose target is gone: that file is there, and broken.
    const link = await lstat(file).catch(() => undefined);
    return link ? { path, unreadable: 'is a link to a file that does not exist' } : { path };
  }
};
