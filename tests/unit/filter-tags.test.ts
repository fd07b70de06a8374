import { describe, expect, it } from 'vitest';
import type { TagCount } from '../../src/contract/model.ts';
import {
  countsWithin,
  pickFilterTags,
  rarestTag,
} from '../../src/features/tags/api/filter-tags.ts';

const tag = (id: string, kind: TagCount['kind'], count: number): TagCount => ({
  id,
  name: id.toUpperCase(),
  kind,
  count,
});
const TAGS = [
  tag('bts', 'group', 5),
  tag('twice', 'group', 3),
  tag('jungkook', 'person', 4),
  tag('nayeon', 'person', 2),
  tag('squid-game', 'show', 1),
  tag('seven', 'song', 2),
  tag('netflix', 'org', 6),
];

describe('filter chips', () => {
  it('unfiltered: people, groups and shows by use, with their counts; no songs or orgs', () => {
    expect(pickFilterTags(TAGS, []).map((t) => `${t.id} ${t.count}`)).toEqual([
      'jungkook 4',
      'nayeon 2',
      'bts 5',
      'twice 3',
      'squid-game 1',
    ]);
  });

  it('filtered: counts within the filter, none that would leave zero, chosen ones kept', () => {
    const counts = new Map([
      ['jungkook', 3],
      ['twice', 0],
      ['seven', 2],
    ]);
    expect(pickFilterTags(TAGS, ['bts', 'seven'], counts).map((t) => `${t.id} ${t.count}`)).toEqual(
      ['jungkook 3', 'bts 5', 'seven 2'],
    );
  });

  it('takes the rarest chosen tag, whose facets hold every story of the filter', () => {
    expect(rarestTag(TAGS, ['netflix', 'bts', 'nayeon'])).toBe('nayeon');
  });

  it('counts, per further tag, the stories that carry the whole filter and it', () => {
    // Facets of "nayeon": each story's other tags.
    const facets = {
      tags: ['bts', 'netflix', 'twice'],
      stories: [[2, 1], [2], [1, 0], []],
    };
    expect(Object.fromEntries(countsWithin(facets, 'nayeon', ['nayeon']))).toEqual({
      twice: 2,
      netflix: 2,
      bts: 1,
    });
    expect(Object.fromEntries(countsWithin(facets, 'nayeon', ['nayeon', 'netflix']))).toEqual({
      twice: 1,
      bts: 1,
    });
  });
});
