// Build caches kept as one folder per key (the server bundle, the app's bundle): the newest
// few stay, older ones go, and so does a `.building-` folder a crashed build left (one older
// than an hour: a build in progress writes into its own for minutes at most).
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const pruneCacheFolders = async (cache: string, keep: number) => {
  const names = await readdir(cache).catch(() => [] as string[]);
  const dated = await Promise.all(
    names.map(async (name) => ({ name, time: (await stat(join(cache, name))).mtimeMs })),
  );
  const hourAgo = Date.now() - 3_600_000;
  const kept = dated.filter((d) => !d.name.startsWith('.')).sort((a, b) => b.time - a.time);
  const stale = [
    ...kept.slice(keep),
    ...dated.filter((d) => d.name.startsWith('.') && d.time < hourAgo),
  ];
  for (const { name } of stale) await rm(join(cache, name), { recursive: true, force: true });
};
