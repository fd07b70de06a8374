import { describe, expect, it } from 'vitest';
import { koreanName } from '../../../src/content/tag/rules/korean-name.ts';
import { names } from './support.ts';

describe('korean-name rule', () => {
  it('finds Korean names with no role word, in every spelling', () => {
    expect(
      names(
        koreanName,
        'Park Min-young and Na In-woo lead the drama, with Lee Do Hyun and Kim Taeri.',
      ),
    ).toEqual([
      ['person', 'Park Min-young'],
      ['person', 'Na In-woo'],
      ['person', 'Lee Do Hyun'],
      ['person', 'Kim Taeri'],
    ]);
  });
  it('takes a family name that is an English word only with a hyphenated or two-syllable given name mid-sentence', () => {
    expect(names(koreanName, 'Go Youn-jung and Song Kang-ho met Moon Ga Young.')).toEqual([
      ['person', 'Go Youn-jung'],
      ['person', 'Song Kang-ho'],
      ['person', 'Moon Ga Young'],
    ]);
    expect(
      names(koreanName, 'Go On was a hit. Fans in Seoul sang Bang Bang by the Han River.'),
    ).toEqual([]);
    expect(names(koreanName, 'In Seoul, the tour opened.')).toEqual([]);
  });
  it('skips places and common Korean words that look like given names, and names inside short quoted titles', () => {
    expect(names(koreanName, 'Kim Hallyu is not a name, and neither is Lee Seoul.')).toEqual([]);
    expect(names(koreanName, 'The film “Kim Ji-young” opened.')).toEqual([]);
  });
  it('in a Title Case headline needs two given-name syllables', () => {
    expect(
      names(koreanName, 'Lee Do Hyun And Go Youn Jung Join New Drama', {}, { isTitle: true }),
    ).toEqual([['person', 'Lee Do Hyun']]);
  });
});
