import { describe, expect, it } from 'vitest';
import { pair } from '../../../src/content/tag/rules/pair.ts';
import { run } from './support.ts';

const found = (text: string, known = {}, aboutShow = false) =>
  run(pair, text, known, { aboutShow }).map((d) => [
    d.kind,
    d.name,
    d.alias ?? d.playedBy ?? d.memberOf ?? '',
  ]);

describe('pair rule', () => {
  it('joins a name and its Hangul', () => {
    expect(found('Actress Kim Go-eun (김고은) attended.')).toEqual([
      ['person', 'Kim Go-eun', '김고은'],
    ]);
  });
  it('reads character and actor in a story about a show', () => {
    expect(found('Fans love Nam On-jo (Park Ji-hu).', {}, true)).toEqual([
      ['character', 'Nam On-jo', 'Park Ji-hu'],
      ['person', 'Park Ji-hu', ''],
    ]);
  });
  it('reads stage and legal names, and a member and group', () => {
    expect(
      found('Singer Rain (Jung Ji-hoon) and Hoshi (SEVENTEEN) met.', { SEVENTEEN: 'group' }),
    ).toEqual([
      ['person', 'Rain', 'Jung Ji-hoon'],
      ['person', 'Hoshi', 'SEVENTEEN'],
    ]);
  });
  it('never reads a version, a time zone or a quoted title as a name', () => {
    expect(found('BTS released Dynamite (Slow Jam Remix) on Friday (KST).')).toEqual([]);
    expect(found('“Queen of Tears” (눈물의 여왕) ended.')).toEqual([]);
  });
});

describe('pair rule: a character and the actor playing them', () => {
  it('are two entities when the two names are of different families, whatever the story', () => {
    expect(found('The episode saw Han Seo-ra (Ahn Chae-ri) confront her rival.')).toEqual([
      ['character', 'Han Seo-ra', 'Ahn Chae-ri'],
      ['person', 'Ahn Chae-ri', ''],
    ]);
  });

  it('reads a hyphenated role word as a role: "Singer-songwriter Lark (라크)"', () => {
    expect(found('Singer-songwriter Lark (라크) released a single.')).toEqual([
      ['person', 'Lark', '라크'],
    ]);
  });
});
