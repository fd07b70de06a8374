import { describe, expect, it } from 'vitest';
import { possessiveMember } from '../../../src/content/tag/rules/possessive-member.ts';
import { run } from './support.ts';

const found = (text: string, known = {}) =>
  run(possessiveMember, text, known).map((d) => [d.kind, d.name, d.memberOf ?? '']);

describe('possessive-member rule', () => {
  it("reads GROUP's MEMBER with 's, ’s and a bare apostrophe", () => {
    expect(
      found("TWICE’s Nayeon and SEVENTEEN's Hoshi met Stray Kids' Felix.", {
        'Stray Kids': 'group',
      }),
    ).toEqual([
      ['person', 'Nayeon', 'TWICE'],
      ['group', 'TWICE', ''],
      ['person', 'Hoshi', 'SEVENTEEN'],
      ['group', 'SEVENTEEN', ''],
      ['person', 'Felix', 'Stray Kids'],
    ]);
  });
  it('takes an ordinary word as a member only when the knowledge says it is one', () => {
    expect(found('Red Velvet’s Joy sang.', { 'Red Velvet': 'group', Joy: 'person' })).toEqual([
      ['person', 'Joy', 'Red Velvet'],
    ]);
    expect(found('TWICE’s Japanese album and BTS’s Seoul concert.')).toEqual([]);
  });
  it('ignores the possessive of anything that is not a group', () => {
    expect(found('Netflix’s Hoshi and Kim Tae-ri’s Jeongnyeon', { Netflix: 'org' })).toEqual([]);
  });
});
