import { describe, expect, it } from 'vitest';
import { role } from '../../../src/content/tag/rules/role.ts';
import { names } from './support.ts';

describe('role rule', () => {
  it('finds the name after a role word, without the role word', () => {
    expect(
      names(
        role,
        'PD Kim Won-seok, screenwriter Park Hae-young and webtoon artist Jo Kwang-jin spoke.',
      ),
    ).toEqual([
      ['person', 'Kim Won-seok'],
      ['person', 'Park Hae-young'],
      ['person', 'Jo Kwang-jin'],
    ]);
  });
  it('takes one word after a member role, two after a full-name role', () => {
    expect(names(role, 'leader Bang Chan and rapper Zico joined actor Daniel Henney.')).toEqual([
      ['person', 'Bang Chan'],
      ['person', 'Zico'],
      ['person', 'Daniel Henney'],
    ]);
    expect(names(role, 'director Netflix said, and singer Joy smiled.')).toEqual([]);
  });
  it('does not run on into the words of a Title Case headline', () => {
    expect(names(role, 'Singer Steve Yoo Shares Emotional Message', {}, { isTitle: true })).toEqual(
      [['person', 'Steve Yoo']],
    );
    expect(names(role, 'Singer Releases New Album', {}, { isTitle: true })).toEqual([]);
    expect(names(role, 'Director Kim Won Seok Opens Up', {}, { isTitle: true })).toEqual([
      ['person', 'Kim Won Seok'],
    ]);
  });
});

describe('role rule: someone admired', () => {
  it('"his idol X" names no idol', () => {
    expect(names(role, 'Riku talked about football and his idol Son Heung-min.')).toEqual([]);
    expect(names(role, 'The idol Kang Min-ho released a single.')).toEqual([
      ['person', 'Kang Min-ho'],
    ]);
  });
});
