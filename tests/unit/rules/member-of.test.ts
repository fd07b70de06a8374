import { describe, expect, it } from 'vitest';
import { memberOf } from '../../../src/content/tag/rules/member-of.ts';
import { run } from './support.ts';

const found = (text: string, known = {}) =>
  run(memberOf, text, known).map((d) => [d.name, d.memberOf]);

describe('member-of rule', () => {
  it('reads MEMBER of GROUP for a known group or a word in capitals', () => {
    expect(
      found('Jihyo of TWICE and Seulgi of Red Velvet sang.', { 'Red Velvet': 'group' }),
    ).toEqual([
      ['Jihyo', 'TWICE'],
      ['Seulgi', 'Red Velvet'],
    ]);
  });
  it('leaves titles and ordinary phrases alone', () => {
    expect(found('Queen of Tears and the King of Pop')).toEqual([]);
    expect(found('Star of KBS was there.', { KBS: 'org' })).toEqual([]);
  });
});
