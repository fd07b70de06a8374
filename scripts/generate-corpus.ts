// npm run corpus -- [--articles 10000] [--out bench-corpus]
// Writes a large synthetic corpus in the layouts real seeds use (bullets with and without
// indentation, tabs, no-bullet files, CRLF, BOM, trailers, lists, quoted comments, Hangul
// titles), naming registry entities and names the registry has never seen.
import { mkdir, rm, writeFile, copyFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generateCorpus } from './corpus-generator.ts';
import { option } from './lib/cli.ts';

export const writeCorpus = async (articles: number, out: string) => {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const files = generateCorpus(articles);
  await Promise.all(files.map((f) => writeFile(join(out, f.name), f.bytes)));
  await copyFile(resolve('seeds/entities.json'), join(out, 'entities.json'));
  return files.length;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const articles = Number(option('articles') ?? '10000');
  const out = resolve(option('out') ?? 'bench-corpus');
  const count = await writeCorpus(articles, out);
  console.log(`Wrote ${articles} articles in ${count} files to ${out}`);
}
