// Writes emitted files under a folder, a batch at a time: one Promise.all over 30,000
// files runs out of file handles (EMFILE) where the limit is 1,024 or macOS's 256.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const BATCH = 64;

export const inBatches = async <T>(items: T[], work: (item: T) => Promise<void>, size = BATCH) => {
  for (let i = 0; i < items.length; i += size)
    await Promise.all(items.slice(i, i + size).map(work));
};

export const writeFiles = async (outDir: string, files: Map<string, string>) => {
  const dirs = [...new Set([...files.keys()].map((f) => dirname(join(outDir, f))))];
  await inBatches(dirs, (d) => mkdir(d, { recursive: true }).then(() => undefined));
  await inBatches([...files], ([f, body]) => writeFile(join(outDir, f), body));
};
