// @vitest-environment jsdom
// The reader's marks: what a broken or foreign entry reads as, how a visit starts, and what
// an import adds (it never takes anything away).
import { beforeEach, describe, expect, it } from 'vitest';
import { exportText, mergeStars, parseExport } from '../../src/components/stars/stars-transfer';
import {
  asStars,
  markRead,
  readStars,
  STARS_KEY,
  startVisit,
  updateStars,
} from '../../src/lib/stars';

const bts = { id: 'bts', name: 'BTS', kind: 'group' as const };
const iu = { id: 'iu', name: 'IU', kind: 'person' as const };
const story = { slug: 'a-story', title: 'A story', excerpt: 'It happened.' };

describe('the stars store', () => {
  beforeEach(() => {
    localStorage.clear();
    updateStars(() => asStars({}));
  });

  it('reads a broken or partial entry as empty marks, field by field', () => {
    expect(asStars(null)).toEqual({ follows: [], saved: [], read: [], visit: 0, previousVisit: 0 });
    expect(asStars({ follows: 'bts', read: ['x'], visit: '3' })).toMatchObject({
      follows: [],
      read: ['x'],
      visit: 0,
    });
  });

  it('starts a visit after half an hour away; the first visit has nothing new', () => {
    const t = Date.UTC(2026, 11, 7, 12);
    startVisit(t);
    expect(readStars()).toMatchObject({ visit: t, previousVisit: t });
    startVisit(t + 60_000);
    expect(readStars().visit).toBe(t);
    startVisit(t + 3_600_000);
    expect(readStars()).toMatchObject({ visit: t + 3_600_000, previousVisit: t });
    expect(JSON.parse(localStorage.getItem(STARS_KEY)!)).toMatchObject({ visit: t + 3_600_000 });
  });

  it('marks stories read once each', () => {
    markRead(['a', 'b']);
    markRead(['b', 'c']);
    expect(readStars().read).toEqual(['a', 'b', 'c']);
  });
});

describe('export and import', () => {
  it('round-trips follows, saves and read marks, and refuses other JSON', () => {
    const mine = asStars({ follows: [bts], saved: [story], read: ['a-story'], visit: 5 });
    const text = exportText(mine);
    expect(JSON.parse(text)).not.toHaveProperty('visit');
    expect(parseExport(text)).toMatchObject({ follows: [bts], saved: [story], read: ['a-story'] });
    expect(parseExport('{"follows": []}')).toBeNull();
    expect(parseExport('not json')).toBeNull();
  });

  it('adds what the file has to what this browser has, without repeats', () => {
    const mine = asStars({ follows: [bts], read: ['a'] });
    const theirs = asStars({ follows: [bts, iu], saved: [story], read: ['a', 'b'] });
    expect(mergeStars(mine, theirs)).toEqual({
      follows: [bts, iu],
      saved: [story],
      read: ['a', 'b'],
    });
  });
});
