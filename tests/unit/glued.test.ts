import { describe, expect, it } from 'vitest';
import { isGlued } from '../../src/content/tag/glued.ts';

const glued = (text: string, name: string) => {
  const start = text.indexOf(name);
  return isGlued(text, start, start + name.length);
};

describe('names glued into a longer word', () => {
  it.each([
    ['The group Q.ALIA debuts', 'Q'],
    ['The group Q.ALIA debuts', 'ALIA'],
    ['LOOP/7 tops the chart', 'LOOP'],
    ['LOOP/7 tops the chart', '7'],
    ["Please look after Jae-ha's pharmacy", 'Jae'],
    ['a song by R&B star', 'R'],
  ])('%s: "%s" is part of a longer word', (text, name) => {
    expect(glued(text, name)).toBe(true);
  });
  it.each([
    ['Q.ALIA debuts', 'Q.ALIA'],
    ["TWICE's Nayeon", 'TWICE'],
    ['the BTS-inspired set', 'BTS'],
    ['IU, Lee Jong-suk and BTS.', 'BTS'],
    ['Rain - the singer', 'Rain'],
    ['(G)I-DLE returns', '(G)I-DLE'],
  ])('%s: "%s" stands on its own', (text, name) => {
    expect(glued(text, name)).toBe(false);
  });
});
