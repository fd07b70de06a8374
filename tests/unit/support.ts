import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline, type Corpus, type PipelineInput } from '../../src/content/pipeline.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SEEDS = join(ROOT, 'seeds');
export const LAYOUTS = join(ROOT, 'tests', 'fixtures', 'layouts');
export const REGISTRY_TEXT = readFileSync(join(SEEDS, 'entities.json'), 'utf8');

const encoder = new TextEncoder();
export const bytes = (text: string) => encoder.encode(text);

/** Reads every *.txt of a folder as pipeline input, paths relative to the project. */
export const readDir = (dir: string, prefix: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ path: `${prefix}/${f}`, bytes: new Uint8Array(readFileSync(join(dir, f))) }));

export const input = (
  seeds: PipelineInput['seeds'],
  registryText = REGISTRY_TEXT,
): PipelineInput => ({
  seeds,
  registry: { path: 'seeds/entities.json', bytes: bytes(registryText) },
});

export const corpusOf = (seeds: PipelineInput['seeds'], registryText?: string): Corpus => {
  const result = runPipeline(input(seeds, registryText));
  if (!result.ok)
    throw new Error(result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
  return result.corpus;
};

export const seedCorpus = () => corpusOf(readDir(SEEDS, 'seeds'));

export const tagIds = (corpus: Corpus, slugStart: string) => {
  const article = corpus.articles.find((a) => a.slug.startsWith(slugStart));
  if (!article) throw new Error(`no article ${slugStart}`);
  return article.tags.map((t) => t.id);
};

/** Tags of each story (one a file), tagged together as one site with the built-in knowledge. */
export const tagStories = async (...stories: string[]) => {
  const { readKnowledge } = await import('../../src/content/knowledge/read-knowledge.ts');
  const result = runPipeline({
    ...input(stories.map((text, i) => ({ path: `seeds/${i}.txt`, bytes: bytes(text) }))),
    knowledge: await readKnowledge(ROOT),
  });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.corpus.articles.map((a) => a.tags.map((t) => `${t.kind}:${t.name}`));
};

/** The corpus of stories (one a file) tagged together with the built-in knowledge. */
export const tagStoriesCorpus = async (...stories: string[]) => {
  const { readKnowledge } = await import('../../src/content/knowledge/read-knowledge.ts');
  const result = runPipeline({
    ...input(stories.map((text, i) => ({ path: `seeds/${i}.txt`, bytes: bytes(text) }))),
    knowledge: await readKnowledge(ROOT),
  });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.corpus;
};
