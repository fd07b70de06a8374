import { describe, expect, it } from 'vitest';
import { emitData } from '../../src/content/emit/emit.ts';
import type {
  ArticleDetail,
  ListChunk,
  SiteInfo,
  TagDetail,
  TagDirectory,
  TagFacets,
} from '../../src/contract/model.ts';
import { bytes, corpusOf, readDir, SEEDS, seedCorpus } from './support.ts';

const json = <T>(files: Map<string, string>, path: string) => JSON.parse(files.get(path)!) as T;

describe('emitData', () => {
  it('gives the same bytes for the same seeds, whatever order they are read in', () => {
    const seeds = readDir(SEEDS, 'seeds');
    const a = emitData(corpusOf(seeds));
    const b = emitData(corpusOf([...seeds].reverse()));
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [path, body] of a) expect(b.get(path), path).toBe(body);
  });

  it('writes chunks of summaries, one file per article, and the tag directory', () => {
    const corpus = seedCorpus();
    const files = emitData(corpus);
    const page = json<ListChunk>(files, 'data/chunks/1.json');
    expect(page.chunk).toBe(1);
    expect(json<SiteInfo>(files, 'data/site.json')).toMatchObject({
      total: 5,
      chunkCount: 1,
      pageSize: 20,
    });
    expect(page.items.map((s) => s.slug)).toEqual(corpus.articles.map((a) => a.slug));
    expect(page.items[0]!.excerpt).toMatch(/^Director Lee Jae Kyu apologized/);
    const article = json<ArticleDetail>(files, `data/articles/${corpus.articles[0]!.slug}.json`);
    expect(article.previous).toBeNull();
    expect(article.next?.slug).toBe(corpus.articles[1]!.slug);
    expect(article.related[0]!.shared.map((t) => t.name)).toEqual(
      expect.arrayContaining(['All of Us Are Dead', 'Lee Jae Kyu']),
    );
    const directory = json<TagDirectory>(files, 'data/tags.json');
    expect(directory.tags.find((t) => t.id === 'all-of-us-are-dead')?.count).toBe(3);
    const steve = json<TagDetail>(files, 'data/tags/steve-yoo/info.json');
    expect(steve.aliases).toEqual(['Yoo Seung Jun', 'Yu Seung-jun', '유승준']);
    const bts = json<TagDetail>(files, 'data/tags/bts/info.json');
    expect(bts.related).toEqual([
      { id: 'jungkook', name: 'Jungkook', kind: 'person', relation: 'member' },
    ]);
  });

  // Issue 18: chunks count from the oldest story, so a newer story changes the newest chunk
  // of every story and of each of its tags, and no other list file.
  const bulk = (n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `• Story ${i} about BTS\nDate: 2024-01-${String((i % 28) + 1).padStart(2, '0')}T${String(Math.floor(i / 28)).padStart(2, '0')}:00Z\n\nBTS news number ${i}.`,
    ).join('\n\n');

  it('cuts long lists into chunks of 20 counted from the oldest story, by home and by tag', () => {
    const files = emitData(corpusOf([{ path: 'seeds/many.txt', bytes: bytes(bulk(45)) }]));
    expect(json<SiteInfo>(files, 'data/site.json')).toMatchObject({ total: 45, chunkCount: 3 });
    const oldest = json<ListChunk>(files, 'data/chunks/1.json');
    expect(oldest.items.map((s) => s.ordinal)).toEqual(
      Array.from({ length: 20 }, (_, i) => 19 - i),
    );
    expect(oldest.items.at(-1)!.title).toBe('Story 0 about BTS');
    expect(json<ListChunk>(files, 'data/chunks/3.json').items.map((s) => s.ordinal)).toEqual([
      44, 43, 42, 41, 40,
    ]);
    expect(files.has('data/chunks/4.json')).toBe(false);
    expect(json<ListChunk>(files, 'data/tags/bts/chunks/2.json').items).toHaveLength(20);
    expect(json<ListChunk>(files, 'data/tags/bts/chunks/3.json').items).toHaveLength(5);
    expect(
      json<{ ordinals: number[] }>(files, 'data/tags/bts/ordinals.json').ordinals,
    ).toHaveLength(45);
  });

  it('changes only the newest chunk of a list when a newer story arrives', () => {
    const before = emitData(corpusOf([{ path: 'seeds/many.txt', bytes: bytes(bulk(45)) }]));
    const after = emitData(
      corpusOf([
        { path: 'seeds/many.txt', bytes: bytes(bulk(45)) },
        {
          path: 'seeds/new.txt',
          bytes: bytes('• Newest about BTS\nDate: 2025-06-01\n\nBTS news, the newest.'),
        },
      ]),
    );
    const changed = [...after.keys()].filter(
      (path) => /\/chunks\//.test(path) && before.get(path) !== after.get(path),
    );
    expect(changed.sort()).toEqual(['data/chunks/3.json', 'data/tags/bts/chunks/3.json']);
    expect(json<ListChunk>(after, 'data/chunks/3.json').items[0]!.title).toBe('Newest about BTS');
  });

  it('writes, per tag, the other tags of each of its stories, newest first', () => {
    const seeds = [
      {
        path: 'seeds/a.txt',
        bytes: bytes('• Old\n\nDate: 2024-01-01\n\nBTS and Jungkook on stage.'),
      },
      { path: 'seeds/b.txt', bytes: bytes('• New\n\nDate: 2025-01-01\n\nBTS news again.') },
    ];
    const corpus = corpusOf(seeds);
    const files = emitData(corpus);
    const facets = json<TagFacets>(files, 'data/tags/bts/facets.json');
    // One entry per story, in the order of its ordinals, the tag itself left out.
    const ordinals = json<{ ordinals: number[] }>(files, 'data/tags/bts/ordinals.json').ordinals;
    const ids = (f: TagFacets) => f.stories.map((story) => story.map((i) => f.tags[i]));
    expect(ids(facets)).toEqual(
      ordinals.map((o) => corpus.articles[o]!.tags.map((t) => t.id).filter((id) => id !== 'bts')),
    );
    expect(facets.stories).toHaveLength(2);
    expect(ids(facets)[1]).toContain('jungkook');
    expect(facets.tags).toEqual([...new Set(ids(facets).flat())].sort());
    expect(ids(json<TagFacets>(files, 'data/tags/jungkook/facets.json'))).toEqual([
      expect.arrayContaining(['bts']),
    ]);
  });
});
