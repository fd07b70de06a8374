// A page's key comes from the data files its load read, noted per page though pages load a
// few at a time (src/prerender/page-inputs.ts).
import { describe, expect, it } from 'vitest';
import { noteRead, pageKey, readsOf } from '../../src/prerender/page-inputs.ts';

const read = async (path: string) => {
  noteRead(path);
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
  return path;
};

describe('page inputs', () => {
  it('notes the files each load read, loads running at once', async () => {
    const loads = [
      () => read('b.json').then(() => read('a.json')),
      () => read('c.json'),
      async () => null,
    ];
    const results = await Promise.all(loads.map((load) => readsOf(load)));
    expect(results.map((r) => r.files)).toEqual([['a.json', 'b.json'], ['c.json'], []]);
    // Outside a load, a read is no one's input.
    noteRead('d.json');
  });

  it('keys a page by the hashes of the files it read', () => {
    const hashes: Record<string, string> = { 'a.json': 'h1' };
    const parts = {
      shared: 's',
      type: 'article',
      url: '/articles/x',
      wide: [],
      hashOfFile: (p: string) => hashes[p] ?? 'missing',
    };
    const before = pageKey(parts, ['a.json']);
    expect(pageKey(parts, ['a.json'])).toBe(before);
    hashes['a.json'] = 'h2';
    expect(pageKey(parts, ['a.json'])).not.toBe(before);
    expect(pageKey({ ...parts, url: '/articles/y' }, ['a.json'])).not.toBe(
      pageKey(parts, ['a.json']),
    );
  });
});
