import { describe, expect, it } from 'vitest';
import { compareNames } from '../../src/lib/compare-names.ts';

const NAMES = [
  'aespa',
  'BTS',
  'BLACKPINK',
  'Big Bang',
  'BigBang',
  'IU',
  'I’m Not The Only One',
  "I'm Fine",
  'Im Si-wan',
  'Rosé',
  'Rose',
  'rose',
  'Roseanne Park',
  'Lee Jae-kyu',
  'Lee Jae Kyu',
  'Lee Jae-wook',
  'NewJeans',
  'New Jeans',
  'TWICE',
  'Twice',
  'twice',
  'We Don’t Talk Anymore',
  'Weekly',
  '2NE1',
  '10cm',
  'All of Us Are Dead',
  'All Of Us Are Dead',
  'Squid Game',
  '오징어 게임',
  '아이유',
  'Zico',
];

describe('compareNames', () => {
  it('orders names as localeCompare does', () => {
    const expected = [...NAMES].sort((a, b) => a.localeCompare(b));
    expect([...NAMES].sort(compareNames)).toEqual(expected);
  });

  it('is a consistent order: antisymmetric, zero only for the same name', () => {
    for (const a of NAMES)
      for (const b of NAMES) {
        expect(Math.sign(compareNames(a, b)) + Math.sign(compareNames(b, a))).toBe(0);
        expect(compareNames(a, b) === 0).toBe(a === b);
      }
  });
});
