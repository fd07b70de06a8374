// The file-system edge of the built-in knowledge: the curated files beside this module
// and the kpopnet.json package, read once per build.
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeInput } from './build-knowledge.ts';
import type { KpopnetProfiles } from './kpopnet.ts';

const CURATED_DIR = join(dirname(fileURLToPath(import.meta.url)), 'curated');

export const readKnowledge = async (root: string): Promise<KnowledgeInput> => {
  const names = (await readdir(CURATED_DIR)).filter((n) => n.endsWith('.json')).sort();
  const curated = await Promise.all(
    names.map(async (name) => ({
      path: relative(root, join(CURATED_DIR, name)).split('\\').join('/'),
      text: await readFile(join(CURATED_DIR, name), 'utf8'),
    })),
  );
  const require = createRequire(import.meta.url);
  const kpopnet = JSON.parse(
    await readFile(require.resolve('kpopnet.json/kpopnet.json'), 'utf8'),
  ) as KpopnetProfiles;
  return { curated, kpopnet };
};
