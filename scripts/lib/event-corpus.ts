// Reads an event-clustering corpus (tests/fixtures/<name>/: seeds/*.txt and key.json) and
// runs the real pipeline on it (parse, tag with the built-in knowledge and the project's
// registry, cluster), then scores the events against the key.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readKnowledge } from '../../src/content/knowledge/read-knowledge.ts';
import { readRegistry } from '../../src/content/knowledge/read-registry.ts';
import { runPipeline } from '../../src/content/pipeline.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { scoreEvents, type EventKey } from '../../src/content/events/score.ts';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures');

export const scoreEventCorpus = async (name: string, root = process.cwd()) => {
  const dir = join(FIXTURES, name);
  const seedsDir = join(dir, 'seeds');
  const seeds = await Promise.all(
    (await readdir(seedsDir))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map(async (f) => ({
        path: `${name}/seeds/${f}`,
        bytes: new Uint8Array(await readFile(join(seedsDir, f))),
      })),
  );
  const key = JSON.parse(await readFile(join(dir, 'key.json'), 'utf8')) as EventKey;
  const registry = await readRegistry(join(root, 'seeds', 'entities.json'), 'seeds/entities.json');
  const started = performance.now();
  const result = runPipeline({ seeds, registry, knowledge: await readKnowledge(root) });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const { corpus } = result;
  const titleOf = new Map(corpus.articles.map((a) => [a.slug, a.title]));
  return {
    score: scoreEvents(corpus.events, titleOf, key),
    ms: performance.now() - started,
    corpus,
  };
};
