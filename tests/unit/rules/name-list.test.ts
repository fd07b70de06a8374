import { describe, expect, it } from 'vitest';
import { nameList } from '../../../src/content/tag/rules/name-list.ts';
import { names } from './support.ts';

describe('name-list rule', () => {
  it('takes the other names of a list of Korean names as people', () => {
    expect(
      names(nameList, 'Season two brings Ryeoun, Lee Jun-young and Yoo Su-bin to the cast.'),
    ).toEqual([['person', 'Ryeoun']]);
  });
  it('needs a Korean name in the list, and skips words, places and possessives', () => {
    expect(names(nameList, 'Fans came from Paris, London and Tokyo.')).toEqual([]);
    expect(names(nameList, 'Kim Ji-won, Seoul and Busan hosted it.')).toEqual([]);
    expect(names(nameList, 'Kim Ji-won, Ji-won’s sister and Park Bo-gum came.')).toEqual([]);
  });
});
