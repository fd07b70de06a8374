// Reads a tag-scoring corpus (tests/fixtures/tag-corpus/<name>/: NN-x.txt stories with
// NN-x.key.json answer keys) and runs the pipeline on it with the built-in knowledge
// and the project's registry.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readKnowledge } from '../../src/content/knowledge/read-knowledge.ts';
import { runPipeline } from '../../src/content/pipeline.ts';
import { readRegistry } from '../../src/content/knowledge/read-registry.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { scoreCorpus, type ArticleKey } from '../../src/content/tag/score.ts';

export const CORPORA = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'tag-corpus');

/**
 * Scores one corpus, or several built together as one site (`dev+dev-2026`): all their
 * stories go through the pipeline at once, as a real seeds folder would, so a name found in
 * one story can tag (or wrongly tag) another.
 */
export const scoreTagCorpus = async (name: string, root = process.cwd()) => {
  const names = name.split('+');
  const seeds: { path: string; bytes: Uint8Array }[] = [];
  const keys: ArticleKey[] = [];
  for (const part of names) {
    const dir = join(CORPORA, part);
    const files = (await readdir(dir)).sort();
    for (const f of files.filter((f) => f.endsWith('.txt')))
      seeds.push({ path: `${part}/${f}`, bytes: new Uint8Array(await readFile(join(dir, f))) });
    for (const f of files.filter((f) => f.endsWith('.key.json'))) {
      const parsed = JSON.parse(await readFile(join(dir, f), 'utf8')) as {
        articles: ArticleKey[];
      };
      keys.push(...parsed.articles);
    }
  }
  const registry = await readRegistry(join(root, 'seeds', 'entities.json'), 'seeds/entities.json');
  const started = performance.now();
  const result = runPipeline({ seeds, registry, knowledge: await readKnowledge(root) });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return {
    score: scoreCorpus(result.corpus, keys),
    ms: performance.now() - started,
    corpus: result.corpus,
  };
};
