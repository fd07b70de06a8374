// Writes emitted files under a folder, a batch at a time: one Promise.all over 30,000
// files runs out of file handles (EMFILE) where the limit is 1,024 or macOS's 256.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const BATCH = 64;

/**
 * Runs `work` on every item, `size` at a time, in order: each item starts as soon as one
 * before it ends (no batch waits for its slowest: a share card drawn late held up the 63
 * pages beside it). After a failure no item starts; the first failure is thrown.
 */
export const inBatches = async <T>(items: T[], work: (item: T) => Promise<void>, size = BATCH) => {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, lane));
};

export const writeFiles = async (outDir: string, files: Map<string, string>) => {
  const dirs = [...new Set([...files.keys()].map((f) => dirname(join(outDir, f))))];
  await inBatches(dirs, (d) => mkdir(d, { recursive: true }).then(() => undefined));
  await inBatches([...files], ([f, body]) => writeFile(join(outDir, f), body));
};
