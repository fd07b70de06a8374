import { describe, expect, it } from 'vitest';
import { cast } from '../../../src/content/tag/rules/cast.ts';
import { run } from './support.ts';

const found = (text: string, known = {}) =>
  run(cast, text, known).map((d) => [d.kind, d.name, d.playedBy ?? '']);

describe('cast rule', () => {
  it('reads "X as CHARACTER" and "X will play CHARACTER"', () => {
    expect(found('Park Ji-hu as Nam On-jo, and Kim Tae-ri will play Yoon Jeong-nyeon.')).toEqual([
      ['person', 'Park Ji-hu', ''],
      ['character', 'Nam On-jo', 'Park Ji-hu'],
      ['person', 'Kim Tae-ri', ''],
      ['character', 'Yoon Jeong-nyeon', 'Kim Tae-ri'],
    ]);
  });
  it('reads "played by X" and "starring X, Y and Z"', () => {
    expect(
      found(
        'Gi-hun, played by Lee Jung-jae, returns in the series starring Song Kang, Han So-hee and Kim Min-gue.',
      ),
    ).toEqual([
      ['person', 'Lee Jung-jae', ''],
      ['character', 'Gi-hun', 'Lee Jung-jae'],
      ['person', 'Song Kang', ''],
      ['person', 'Han So-hee', ''],
      ['person', 'Kim Min-gue', ''],
    ]);
  });
  it('needs a person before "as"', () => {
    expect(found('Fans saw it as Netflix and known as Seoul.', { Netflix: 'org' })).toEqual([]);
  });
});

describe('cast rule: lists and voices', () => {
  it('takes the actors of a cast list of pairs, whatever their names look like', () => {
    expect(
      found(
        'The speaking cast is led by Arden Cho as Rumi, Mia Hong as Mira and Ji-young Yoo as Zoey.',
      ),
    ).toEqual([
      ['person', 'Arden Cho', ''],
      ['character', 'Rumi', 'Arden Cho'],
      ['person', 'Mia Hong', ''],
      ['character', 'Mira', 'Mia Hong'],
      ['person', 'Ji-young Yoo', ''],
      ['character', 'Zoey', 'Ji-young Yoo'],
    ]);
  });

  it('needs a known or Korean-shaped actor for a single pair', () => {
    expect(found('Fans saw Arden Cho as Rumi in the sequel.')).toEqual([]);
  });

  it('reads "voiced by actor X"', () => {
    expect(found('The rivals are fronted by Jinu, voiced by actor Ahn Hyo-seop.')).toEqual([
      ['person', 'Ahn Hyo-seop', ''],
      ['character', 'Jinu', 'Ahn Hyo-seop'],
    ]);
  });
});
