import { describe, expect, it } from 'vitest';
import { withoutLeadingTitle } from '../../src/features/search/api/excerpt.ts';

describe('search excerpts', () => {
  it('lose the headline they start with, which the result shows already', () => {
    const pieces = [
      { text: 'Seoul', marked: true },
      { text: ' Days. The band met fans in ', marked: false },
      { text: 'Seoul', marked: true },
      { text: '.', marked: false },
    ];
    expect(withoutLeadingTitle(pieces, 'Seoul Days')).toEqual([
      { text: 'The band met fans in ', marked: false },
      { text: 'Seoul', marked: true },
      { text: '.', marked: false },
    ]);
    const mid = [
      { text: 'fans in ', marked: false },
      { text: 'Seoul', marked: true },
    ];
    expect(withoutLeadingTitle(mid, 'Seoul Days')).toBe(mid);
  });
});
