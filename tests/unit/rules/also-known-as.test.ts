import { describe, expect, it } from 'vitest';
import { alsoKnownAs } from '../../../src/content/tag/rules/also-known-as.ts';
import { run } from './support.ts';

const found = (text: string) => run(alsoKnownAs, text).map((d) => [d.name, d.alias]);

describe('also-known-as rule', () => {
  it('reads the forms news uses for two names of one person', () => {
    expect(found('Kim Ji-soo, also known as Jisoo, smiled.')).toEqual([['Kim Ji-soo', 'Jisoo']]);
    expect(found('Rain (real name Jung Ji-hoon) returns.')).toEqual([['Rain', 'Jung Ji-hoon']]);
    expect(found('V, whose real name is Kim Tae-hyung, enlisted.')).toEqual([
      ['V', 'Kim Tae-hyung'],
    ]);
  });
  it('ignores sentences without the markers', () => {
    expect(found('Kim Ji-soo was known for her role.')).toEqual([]);
  });
});

describe('a name before "whose real name is"', () => {
  it('does not reach over the end of the last sentence', () => {
    expect(
      run(
        alsoKnownAs,
        'The members are Rikka and Dal. Noa, whose real name is Kang No-a, leads.',
      ).map((d) => [d.name, d.alias]),
    ).toEqual([['Noa', 'Kang No-a']]);
  });
});
