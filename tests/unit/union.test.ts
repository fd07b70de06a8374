import { describe, expect, it } from 'vitest';
import { intersectSorted, unionSorted } from '../../src/lib/intersect.ts';
import { anyOfCounts } from '../../src/features/tags/api/any-of-counts.ts';
import { listHref, parseListSearch } from '../../src/lib/list-search.ts';

describe('any-of filters', () => {
  it('joins ascending ordinal lists into one ascending list, each ordinal once', () => {
    expect(unionSorted([[1, 4, 9], [2, 4, 10], []])).toEqual([1, 2, 4, 9, 10]);
    expect(unionSorted([])).toEqual([]);
    expect(
      intersectSorted([
        [1, 4, 9],
        [2, 4, 10],
      ]),
    ).toEqual([4]);
  });

  it('keeps the choice in the URL, one URL per state', () => {
    const search = parseListSearch(new URLSearchParams('tag=b&tag=a&match=any&page=2'))!;
    expect(search).toEqual({ tags: ['a', 'b'], page: 2, any: true });
    expect(listHref('/', search)).toBe('/?tag=a&tag=b&match=any&page=2');
    // "All of" is the default, left out; with no tag there is nothing to match.
    expect(listHref('/', { tags: ['a'], page: null, any: false })).toBe('/?tag=a');
    expect(listHref('/', { tags: [], page: null, any: true })).toBe('/');
    expect(parseListSearch(new URLSearchParams('match=any'))!.any).toBe(false);
    expect(parseListSearch(new URLSearchParams('tag=a&match=all'))!.any).toBe(false);
  });

  it('counts what choosing a chip would show: the shown stories and its others', () => {
    // Chosen a and b. Stories: [a, c], [a, b, c], [b], [b, d]; c also has one story
    // without a or b, d two more.
    const facets = [
      { tags: ['b', 'c'], stories: [[1], [0, 1]] }, // a's stories: [c], [b, c]
      { tags: ['a', 'c', 'd'], stories: [[], [0, 1], [2]] }, // b's: [], [a, c], [d]
    ];
    const tags = [
      { id: 'a', name: 'A', kind: 'person' as const, count: 2 },
      { id: 'b', name: 'B', kind: 'person' as const, count: 3 },
      { id: 'c', name: 'C', kind: 'person' as const, count: 3 },
      { id: 'd', name: 'D', kind: 'person' as const, count: 3 },
      { id: 'e', name: 'E', kind: 'person' as const, count: 1 },
    ];
    const counts = anyOfCounts(facets, ['a', 'b'], tags);
    // Shown: 4 stories. c is on 2 of them and 1 more; d on 1 and 2 more; e on none.
    expect(Object.fromEntries(counts)).toEqual({ c: 5, d: 6, e: 5 });
  });
});
