// The file-system edge of the pipeline: reads seeds/ into a PipelineInput.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { PipelineInput } from '../pipeline.ts';
import { readKnowledge } from '../knowledge/read-knowledge.ts';

export const REGISTRY_FILE = 'entities.json';

/** Every *.txt directly in the seeds folder, the registry beside them, and the built-in knowledge. */
export const loadSeeds = async (
  root: string,
  seedsDir = join(root, 'seeds'),
): Promise<PipelineInput> => {
  const names = (await readdir(seedsDir, { withFileTypes: true }))
    .filter((d) => d.isFile() && d.name.toLowerCase().endsWith('.txt'))
    .map((d) => d.name)
    .sort();
  const rel = (name: string) => relative(root, join(seedsDir, name)).split('\\').join('/');
  const seeds = await Promise.all(
    names.map(async (name) => ({
      path: rel(name),
      bytes: new Uint8Array(await readFile(join(seedsDir, name))),
    })),
  );
  const registryPath = join(seedsDir, REGISTRY_FILE);
  const text = await readFile(registryPath, 'utf8').catch(() => '{"entities": []}');
  return {
    seeds,
    registry: { path: rel(REGISTRY_FILE), text },
    knowledge: await readKnowledge(root),
  };
};
