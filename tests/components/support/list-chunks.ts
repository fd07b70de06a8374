import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ListChunk, SiteInfo, TagDirectory } from '../../../src/contract/model';

/** Chunk n of a list (counted from the oldest), holding one story titled "Story in chunk n". */
export const listChunk = (n: number): ListChunk => ({
  chunk: n,
  items: [
    {
      slug: `story-${n}`,
      title: `Story in chunk ${n}`,
      excerpt: 'x',
      readingMinutes: 1,
      ordinal: 20 * (n - 1),
      date: '2025-03-14T00:00:00Z',
      tags: [],
    },
  ],
});

/** site.json of a site with `total` stories. */
export const siteOf = (total: number): SiteInfo => ({
  total,
  pageSize: 20,
  chunkCount: Math.max(1, Math.ceil(total / 20)),
  generatedFrom: 1,
});

/** The fixture tag directory with one tag's count changed: its list is cut by it. */
export const directoryWithCount = (id: string, count: number): TagDirectory => {
  const directory = JSON.parse(
    readFileSync(resolve(process.cwd(), 'tests/fixtures/data/tags.json'), 'utf8'),
  ) as TagDirectory;
  return {
    ...directory,
    tags: directory.tags.map((tag) => (tag.id === id ? { ...tag, count } : tag)),
  };
};

/** Mock answers for every chunk of a list of `total` stories under `folder` (/data/chunks). */
export const chunksOfList = (folder: string, total: number) =>
  Object.fromEntries(
    Array.from({ length: Math.ceil(total / 20) }, (_, i) => [
      `${folder}/${i + 1}.json`,
      { json: listChunk(i + 1) },
    ]),
  );
