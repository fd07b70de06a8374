import { describe, expect, it } from 'vitest';
import { emitData } from '../../src/content/emit/emit.ts';
import type {
  ArticleDetail,
  SummaryPage,
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

  it('writes pages of summaries, one file per article, and the tag directory', () => {
    const corpus = seedCorpus();
    const files = emitData(corpus);
    const page = json<SummaryPage>(files, 'data/pages/1.json');
    expect(page).toMatchObject({ page: 1, pageCount: 1, total: 5, pageSize: 20 });
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

  it('splits long lists into pages of 20, by home and by tag', () => {
    const many = Array.from(
      { length: 45 },
      (_, i) => `• Story ${i} about BTS\n\nBTS news number ${i}.`,
    ).join('\n\n');
    const files = emitData(corpusOf([{ path: 'seeds/many.txt', bytes: bytes(many) }]));
    expect(json<SummaryPage>(files, 'data/pages/3.json')).toMatchObject({
      page: 3,
      pageCount: 3,
      total: 45,
    });
    expect(json<SummaryPage>(files, 'data/pages/3.json').items).toHaveLength(5);
    expect(json<SummaryPage>(files, 'data/tags/bts/pages/2.json').items).toHaveLength(20);
    expect(
      json<{ ordinals: number[] }>(files, 'data/tags/bts/ordinals.json').ordinals,
    ).toHaveLength(45);
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
