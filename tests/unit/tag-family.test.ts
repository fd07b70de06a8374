// Issue 19: a group's page lists its members' stories too. The build writes, for a group
// with members that have pages, its stories and theirs in chunks counted from the oldest,
// each with the members it carries, and the count in the group's info.
import { describe, expect, it } from 'vitest';
import { emitData } from '../../src/content/emit/emit.ts';
import type { FamilyChunk, TagDetail } from '../../src/contract/model.ts';
import { bytes, corpusOf } from './support.ts';

const json = <T>(files: Map<string, string>, path: string) => JSON.parse(files.get(path)!) as T;

const story = (title: string, date: string, text: string) => `• ${title}\nDate: ${date}\n\n${text}`;

const seeds = (extra = '') => [
  {
    path: 'seeds/family.txt',
    bytes: bytes(
      [
        story('Group news', '2024-01-01', 'BTS announced a new tour.'),
        story(
          'Member solo',
          '2024-02-01',
          'Jungkook released his solo album Golden in November 2023.',
        ),
        story('Both', '2024-03-01', 'Jungkook of BTS sang on stage.'),
        story('Someone else', '2024-04-01', 'IU announced a fan meeting.'),
        extra,
      ]
        .filter(Boolean)
        .join('\n\n'),
    ),
  },
];

describe('group family lists', () => {
  it("lists a group's stories and its members', oldest first in chunks, with the members", () => {
    const files = emitData(corpusOf(seeds()));
    const chunk = json<FamilyChunk>(files, 'data/tags/bts/family/1.json');
    expect(chunk.chunk).toBe(1);
    expect(chunk.items.map((s) => [s.title, s.members.map((m) => m.name)])).toEqual([
      ['Both', ['Jungkook']],
      ['Member solo', ['Jungkook']],
      ['Group news', []],
    ]);
    expect(json<TagDetail>(files, 'data/tags/bts/info.json').family).toBe(3);
    // The group's own list is unchanged: the member-only story is not in it.
    expect(json<TagDetail>(files, 'data/tags/bts/info.json').count).toBe(2);
  });

  it('writes nothing more for a tag without members', () => {
    const files = emitData(corpusOf(seeds()));
    expect([...files.keys()].filter((p) => p.includes('/family/'))).toEqual([
      'data/tags/bts/family/1.json',
    ]);
    expect(json<TagDetail>(files, 'data/tags/jungkook/info.json').family).toBeUndefined();
  });

  it('counts chunks from the oldest story: a newer member story changes only the newest', () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      story(`Tour ${i}`, `2023-01-${String(i + 1).padStart(2, '0')}`, 'BTS played a show.'),
    ).join('\n\n');
    const before = emitData(corpusOf(seeds(many)));
    const after = emitData(
      corpusOf([
        ...seeds(many),
        {
          path: 'seeds/newer.txt',
          bytes: bytes(
            story(
              'Newest',
              '2025-01-01',
              'Jungkook released his solo album Golden in November 2023.',
            ),
          ),
        },
      ]),
    );
    const family = (files: Map<string, string>) =>
      [...files.keys()].filter((p) => p.startsWith('data/tags/bts/family/')).sort();
    expect(family(after)).toEqual(['data/tags/bts/family/1.json', 'data/tags/bts/family/2.json']);
    expect(after.get('data/tags/bts/family/1.json')).toBe(
      before.get('data/tags/bts/family/1.json'),
    );
    expect(json<FamilyChunk>(after, 'data/tags/bts/family/2.json').items[0]).toMatchObject({
      title: 'Newest',
      members: [{ id: 'jungkook', name: 'Jungkook', kind: 'person' }],
    });
  });
});
