// Tag suggestions for what a reader types: any spelling, prefix first, then story count.
import { describe, expect, it } from 'vitest';
import type { SearchName } from '../../src/contract/model.ts';
import { searchNameShards, searchNames } from '../../src/content/emit/search-names.ts';
import { buildSuggestIndex, shardOfQuery, suggest } from '../../src/features/search/api/suggest.ts';

const tag = (
  id: string,
  name: string,
  kind: SearchName['kind'],
  count: number,
  aliases: string[] = [],
): SearchName => ({ id, name, kind, count, aliases });

const index = buildSuggestIndex({
  tags: [
    tag('steve-yoo', 'Steve Yoo', 'person', 3, ['Yoo Seung-jun', '유승준']),
    tag('rose', 'Rosé', 'person', 12, ['Roseanne Park', 'Park Chae-young', '로제']),
    tag('lee-jae-kyu', 'Lee Jae-kyu', 'person', 2),
    tag('park-jimin', 'Jimin', 'person', 20, ['Park Ji-min', '박지민']),
    tag('rosebud', 'Rosebud', 'song', 1),
    tag('park-chan-wook', 'Park Chan-wook', 'person', 5, ['박찬욱']),
  ],
});
const ids = (q: string) => suggest(index, q).map((s) => s.tag.id);

describe('suggest', () => {
  it('finds a star by any spelling: stage name, legal name, romanization, Hangul', () => {
    for (const q of [
      'Steve Yoo',
      'Yoo Seung-jun',
      'Yoo Seungjun',
      'Yu Seung-jun',
      '유승준',
      '유승',
    ])
      expect(ids(q)[0], q).toBe('steve-yoo');
    for (const q of ['Lee Jae Kyu', 'Lee Jae-kyu', 'lee jaekyu'])
      expect(ids(q), q).toEqual(['lee-jae-kyu']);
  });
  it('folds accents: Rose finds Rosé, before a longer name that starts the same', () => {
    expect(ids('Rose')).toEqual(['rose', 'rosebud']);
    expect(ids('rosé')[0]).toBe('rose');
  });
  it('matches the start of a later word of a name', () => {
    expect(ids('ji-min')).toContain('park-jimin');
    // Found only through a later word: no name or alias of it starts with "chan".
    expect(ids('chan-wook')).toEqual(['park-chan-wook']);
    expect(ids('jimin')[0]).toBe('park-jimin');
  });
  it('says which alias matched when it is not the tag’s own name', () => {
    expect(suggest(index, 'Park Chae')[0]).toMatchObject({
      tag: { id: 'rose' },
      matched: 'Park Chae-young',
    });
    expect(suggest(index, 'Steve')[0]).not.toHaveProperty('matched');
  });
  it('ranks a prefix match of the same strength by story count', () => {
    // "park" starts Park Chae-young (12 stories), Park Ji-min (20) and Park Chan-wook (5).
    expect(ids('park')).toEqual(['park-jimin', 'rose', 'park-chan-wook']);
  });
  it('suggests nothing for an empty query or a name nobody has', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('Zzyzx')).toEqual([]);
  });
});

describe('search-names.json', () => {
  it('lists each spelling that adds a key once, and the browser reads joined names too', () => {
    const entity = {
      id: 'x',
      name: 'Steve Yoo',
      kind: 'person',
      aliases: ['Yoo Seung-jun', 'Yoo Seung Jun', 'YOO SEUNG-JUN', '유승준'],
    };
    const file = searchNames(
      [{ id: 'x', name: 'Steve Yoo', kind: 'person', count: 1 }],
      new Map([['x', entity]]) as never,
    );
    expect(file.tags[0]!.aliases).toEqual(['Yoo Seung-jun', '유승준']);
    const fromFile = buildSuggestIndex(file);
    for (const q of ['Yoo Seungjun', 'Yu Seungjun', 'yoo seung jun'])
      expect(suggest(fromFile, q)[0]?.tag.id, q).toBe('x');
  });
});

describe('search-names shards', () => {
  const names = {
    tags: [
      tag('steve-yoo', 'Steve Yoo', 'person', 3, ['Yoo Seung-jun', '유승준']),
      tag('lee-byung-hun', 'Lee Byung-hun', 'person', 4, ['이병헌']),
      tag('park-jimin', 'Jimin', 'person', 20, ['Park Ji-min']),
    ],
  };
  const shards = searchNameShards(names);
  /** What the browser suggests for a query from the one shard it fetches. */
  const fromShard = (q: string) =>
    suggest(buildSuggestIndex(shards.get(shardOfQuery(q)) ?? { tags: [] }), q).map((s) => s.tag.id);

  it('give every query the same suggestions as the whole list', () => {
    const whole = buildSuggestIndex(names);
    for (const q of [
      'Steve',
      'yoo seung',
      'Yu Seung-jun',
      '유승',
      'Yi Byung-hun',
      'Rhee Byeong',
      '이병',
      'jimin',
      'Ji-min',
      'park',
    ])
      expect(fromShard(q), q).toEqual(suggest(whole, q).map((s) => s.tag.id));
    expect(fromShard('Yi Byung-hun')).toEqual(['lee-byung-hun']);
  });
  it('put a Hangul name in the shard of its first consonant, also while an IME composes it', () => {
    expect(shardOfQuery('유승준')).toBe(shardOfQuery('ㅇ'));
    // 유 and 이 both start with ㅇ.
    expect(shards.get(shardOfQuery('ㅇ'))?.tags.map((t) => t.id)).toEqual([
      'steve-yoo',
      'lee-byung-hun',
    ]);
  });
  it('are each much smaller than the whole list, and every shard has a file', () => {
    expect(Math.max(...[...shards.values()].map((s) => s.tags.length))).toBeLessThan(3);
    expect(shards.get('z')).toEqual({ tags: [] });
    expect(shards.size).toBe(26 + 10 + 19 + 1);
  });
});
