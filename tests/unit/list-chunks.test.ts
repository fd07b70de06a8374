import { describe, expect, it } from 'vitest';
import { chunkOfOrdinal } from '../../src/config/data-paths.ts';
import { chunkCount, chunksOf, firstViewChunks, listView } from '../../src/config/list-chunks.ts';

describe('list chunks (decision 0024)', () => {
  it('counts chunks from the oldest story, newest first inside each', () => {
    const chunks = chunksOf(Array.from({ length: 45 }, (_, i) => i));
    expect(chunks.map((c) => c.chunk)).toEqual([1, 2, 3]);
    expect(chunks[0]!.items).toEqual(Array.from({ length: 20 }, (_, i) => 19 - i));
    expect(chunks[2]!.items).toEqual([44, 43, 42, 41, 40]);
    expect(chunksOf([])).toEqual([{ chunk: 1, items: [] }]);
    expect(chunkOfOrdinal(0)).toBe(1);
    expect(chunkOfOrdinal(19)).toBe(1);
    expect(chunkOfOrdinal(20)).toBe(2);
  });

  it('keeps a full chunk as it is when newer stories arrive', () => {
    const before = chunksOf(Array.from({ length: 40 }, (_, i) => i));
    const after = chunksOf(Array.from({ length: 41 }, (_, i) => i));
    expect(after.slice(0, 2)).toEqual(before);
  });

  it('tops the first view up with the chunk before while the newest holds under half a page', () => {
    expect(firstViewChunks(0)).toEqual([1]);
    expect(firstViewChunks(5)).toEqual([1]);
    expect(firstViewChunks(20)).toEqual([1]);
    expect(firstViewChunks(21)).toEqual([2, 1]);
    expect(firstViewChunks(29)).toEqual([2, 1]);
    expect(firstViewChunks(30)).toEqual([2]);
    expect(firstViewChunks(40)).toEqual([2]);
    expect(chunkCount(41)).toBe(3);
  });

  it('walks from the first view to the oldest archive page and back', () => {
    // 45 stories: chunks 1-2 full, chunk 3 holds 5, so the first view shows 3 and 2.
    // newer: the newer view's page (null: the first view); absent: nothing newer or older.
    expect(listView(45, null)).toEqual({ page: null, chunks: [3, 2], chunkCount: 3, older: 1 });
    expect(listView(45, 1)).toEqual({ page: 1, chunks: [1], chunkCount: 3, newer: null });
    // A chunk the first view also shows is still its own page.
    expect(listView(45, 3)).toEqual({ page: 3, chunks: [3], chunkCount: 3, older: 2 });
    expect(listView(45, 2)).toMatchObject({ newer: null, older: 1 });
    // 100 stories: five full chunks, the first view shows the newest alone.
    expect(listView(100, null)).toMatchObject({ chunks: [5], older: 4 });
    expect(listView(100, 3)).toMatchObject({ newer: 4, older: 2 });
    expect(listView(100, 4)).toMatchObject({ newer: null, older: 3 });
    expect(listView(5, null)).toEqual({ page: null, chunks: [1], chunkCount: 1 });
  });

  it('gives an archive page the same chunk as stories arrive', () => {
    for (let total = 60; total < 200; total++) expect(listView(total, 2).chunks).toEqual([2]);
  });
});
