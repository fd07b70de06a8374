import { describe, expect, it } from 'vitest';
import { articleSlug, slugify } from '../../src/content/permalink.ts';
import { bytes, corpusOf, readDir, SEEDS } from './support.ts';

const slugMap = (seeds: { path: string; bytes: Uint8Array }[]) =>
  new Map(corpusOf(seeds).articles.map((a) => [`${a.file}#${a.title}`, a.slug]));

describe('slugify', () => {
  it('keeps the title words, lowercase, joined by hyphens', () => {
    expect(slugify('BTS’s Jungkook: “Seven” — No. 1!')).toBe('bts-jungkook-seven-no-1');
    expect(slugify('Café Décor')).toBe('cafe-decor');
  });
  it('romanizes Hangul and drops emoji', () => {
    expect(slugify('방탄소년단 완전체 컴백')).toBe('bangtansonyeondan-wanjeonche-keombaek');
    expect(slugify('🎉🔥💜')).toBe('');
  });
  it('cuts long titles at a word boundary', () => {
    const slug = slugify('word '.repeat(60));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('article permalinks', () => {
  const seeds = readDir(SEEDS, 'seeds');
  const base = slugMap(seeds);

  it('stay under 100 characters and use only URL-safe characters, even for long, Hangul or emoji titles', () => {
    for (const title of [
      'x'.repeat(400),
      `${'long words '.repeat(40)}`,
      '방탄소년단 완전체 컴백 확정',
      '🎉🔥💜',
      '<script>',
    ]) {
      const slug = articleSlug(title, 'seeds/a.txt', 0);
      expect(slug.length).toBeLessThan(100);
      expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
    expect(articleSlug('🎉🔥💜', 'seeds/a.txt', 0)).toMatch(/^story-[0-9a-f]{6}$/);
  });

  it('do not change when other seed files are added, removed or renamed', () => {
    const extra = { path: 'seeds/000_aaa.txt', bytes: bytes('• A New Story\n\nBody.') };
    const renamed = seeds.map((s, i) => (i === 2 ? { ...s, path: 'seeds/999_renamed.txt' } : s));
    for (const variant of [[extra, ...seeds], seeds.slice(1), renamed]) {
      const after = slugMap(variant);
      for (const [key, slug] of after) if (base.has(key)) expect(slug, key).toBe(base.get(key));
    }
  });

  it('do not change when the body is edited', () => {
    const edited = seeds.map((s) => ({
      ...s,
      bytes: bytes(
        new TextDecoder().decode(s.bytes).replaceAll('Netflix', 'NETFLIX streaming service'),
      ),
    }));
    expect([...slugMap(edited).values()]).toEqual([...base.values()]);
  });

  it('differ for two articles with the same title, and the first keeps its URL when the second arrives', () => {
    const first = {
      path: 'seeds/100_a.txt',
      bytes: bytes('• Same Title\n\nFirst body.\n\n• Same Title\n\nSecond in the same file.'),
    };
    const before = corpusOf([first]).articles.map((a) => a.slug);
    expect(new Set(before).size).toBe(2);
    const later = { path: 'seeds/101_b.txt', bytes: bytes('• Same Title\n\nA later story.') };
    const after = corpusOf([first, later]).articles.map((a) => a.slug);
    expect(after.slice(0, 2)).toEqual(before);
    expect(new Set(after).size).toBe(3);
    expect(after.every((s) => s.startsWith('same-title-'))).toBe(true);
  });
});
