import { describe, expect, it } from 'vitest';
import { inVenueName } from '../../src/content/tag/venue.ts';

const venue = (text: string, name: string) => inVenueName(text, text.indexOf(name) + name.length);

describe('names inside a venue’s name', () => {
  it.each([
    ['The ceremony took place at KBS Hall in Yeouido.', 'KBS'],
    ['They performed at Blue Square SOL Travel Hall on Friday.', 'SOL'],
    ['The concert at Gocheok Sky Dome sold out.', 'Gocheok'],
  ])('%s: %s is part of the venue', (text, name) => {
    expect(venue(text, name)).toBe(true);
  });
  it.each([
    ['KBS aired the show on Friday.', 'KBS'],
    ['SOL Travel sponsored it.', 'SOL'],
    ['IU Holds Her Concert at the Hall', 'IU'],
    ["Jungkook's Pop-Up Store opened.", 'Jungkook'],
  ])('%s: %s is not', (text, name) => {
    expect(venue(text, name)).toBe(false);
  });
});
