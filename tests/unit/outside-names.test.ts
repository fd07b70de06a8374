import { describe, expect, it } from 'vitest';
import { outsideNames } from '../../src/content/tag/outside-names.ts';
import { prepareArticle } from '../../src/content/tag/prepare.ts';

const namesIn = (text: string, companies: string[] = [], known: string[] = []) =>
  [
    ...outsideNames(
      prepareArticle({
        file: 'seeds/x.txt',
        line: 1,
        title: 'A Story',
        body: [{ type: 'paragraph', lines: [text] }],
        blockLines: [3],
      }),
      (name) => companies.includes(name),
      (name) => known.includes(name),
    ),
  ].sort();

describe('names in roles outside entertainment', () => {
  it('are athletes a sentence about a sport names, unless the sentence is a cast', () => {
    expect(namesIn('He spent the shoot talking about football and his idol Park Ji-sung.')).toEqual(
      ['park ji sung'],
    );
    // A star the knowledge has stays one; a drama's basketball captain is a part.
    expect(namesIn('He talked football with Lee Min-ho.', [], ['Lee Min-ho'])).toEqual([]);
    expect(
      namesIn('Kang Do-yun joins as Han Ki-tae, the basketball team captain of the school.'),
    ).toEqual([]);
  });

  it('are the judges, politicians, executives and athletes a story names', () => {
    expect(namesIn('Presiding Judge Kwon Sang-cheol said the trust had broken down.')).toEqual([
      'kwon sang cheol',
    ]);
    expect(
      namesIn('President Lee Jae Myung and Culture Minister Chae Hwi-young attended the launch.'),
    ).toEqual(['chae hwi young', 'lee jae myung']);
    expect(namesIn('She is the daughter of Shinsegae Group president Chung Yoo-kyung.')).toEqual([
      'chung yoo kyung',
    ]);
    expect(namesIn('Through attorney Shim Jae-won of the law firm Daon, she spoke.')).toEqual([
      'shim jae won',
    ]);
  });

  it('leave out executives of entertainment companies', () => {
    expect(namesIn('The members thanked HYBE chairman Bang Si-hyuk.', ['HYBE'])).toEqual([]);
    expect(namesIn('Former ADOR CEO Min Hee-jin spoke.', ['ADOR'])).toEqual([]);
    expect(namesIn('Netflix co-CEO Ted Sarandos praised it.', ['Netflix'])).toEqual([]);
    expect(namesIn('Starship Entertainment CEO Kim Shi-dae praised them.')).toEqual([]);
    expect(namesIn('Director Bong Joon-ho and actor Song Kang-ho arrived.')).toEqual([]);
  });
});
