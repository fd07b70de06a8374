import { describe, expect, it } from 'vitest';
import { edition } from '../../../src/content/tag/rules/edition.ts';
import { quotedTitle } from '../../../src/content/tag/rules/quoted-title.ts';
import { lineOf, run } from './support.ts';

describe('edition', () => {
  it('reads an edition of a ceremony as another name of the ceremony', () => {
    expect(
      run(edition, 'The 40th Golden Disc Awards were held at the Taipei Dome.').map((d) => [
        d.name,
        d.alias,
      ]),
    ).toEqual([['Golden Disc Awards', '40th Golden Disc Awards']]);
    expect(run(edition, 'the 2025 MAMA AWARDS in Hong Kong')[0]?.alias).toBe('2025 MAMA AWARDS');
    expect(run(edition, 'opened the 30th Busan International Film Festival')[0]?.name).toBe(
      'Busan International Film Festival',
    );
  });
  it('needs an ordinal or a year and a ceremony word', () => {
    expect(run(edition, 'She won 3 awards at the Golden Disc Awards.')).toEqual([]);
    expect(run(edition, 'Their 10th anniversary tour begins.')).toEqual([]);
  });
});

describe('a quoted title cut by a comma inside the quotes', () => {
  it('keeps the short words title case writes small', () => {
    const found = quotedTitle.find(lineOf('Channel A’s “Check in Hanyang,” set a high.'), {
      known: () => undefined,
      aboutShow: true,
      topic: 'show',
    });
    expect(found.map((d) => d.name)).toEqual(['Check in Hanyang']);
  });
});
