import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/lib/format.ts';

describe('formatCount', () => {
  it('groups thousands as en-US does, and says one or many', () => {
    for (const n of [0, 2, 999, 1000, 12_345, 1_234_567])
      expect(formatCount(n, 'story', 'stories')).toBe(`${n.toLocaleString('en-US')} stories`);
    expect(formatCount(1, 'story', 'stories')).toBe('1 story');
    expect(formatCount(3, 'tag')).toBe('3 tags');
  });
});
