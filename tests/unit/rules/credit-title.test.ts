import { describe, expect, it } from 'vitest';
import type { TagKind } from '../../../src/contract/model.ts';
import { creditTitle } from '../../../src/content/tag/rules/credit-title.ts';
import { contextOf, lineOf } from './support.ts';

const found = (text: string, known: Record<string, TagKind> = {}, topic?: TagKind) =>
  creditTitle
    .find(lineOf(text), { ...contextOf(known, false, false), topic })
    .map((d) => [d.kind, d.name]);

describe('credit-title rule', () => {
  it('reads titles after the words that credit a work', () => {
    expect(found('The actor, known for Boys Over Flowers and Reply 1988, returns.')).toEqual([
      ['show', 'Boys Over Flowers'],
      ['show', 'Reply 1988'],
    ]);
    expect(found('The filmmaker behind The Terror Live and Take Point is back.')).toEqual([
      ['show', 'The Terror Live'],
      ['show', 'Take Point'],
    ]);
  });
  it('reads a title after a network’s possessive, whole when the knowledge knows it', () => {
    expect(
      found('He starred opposite her in JTBC’s Forecasting Love and Weather.', {
        JTBC: 'org',
        'Forecasting Love and Weather': 'show',
      }),
    ).toEqual([['show', 'Forecasting Love and Weather']]);
  });
  it('reads "to lead" and "appeared in" only in a story about shows', () => {
    expect(found('He promised to lead Ukraine’s allies and appeared in Des Moines.')).toEqual([]);
    expect(found('She went on to lead Extraordinary You.', {}, 'show')).toEqual([
      ['show', 'Extraordinary You'],
    ]);
  });
});
