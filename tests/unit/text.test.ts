import { describe, expect, it } from 'vitest';
import { fixQuotes, isTrailer, isWhollyQuoted } from '../../src/content/read/text.ts';

describe('isTrailer', () => {
  it.each([
    'Source (1)',
    'Source[1]',
    'Source [2]',
    'Sources (12)',
    'SOURCE {3}',
    'Source: [2]',
    'source',
    'Source 1',
    '  Source(1)  ',
    '\tSource<1>',
    'Leave a Reply',
    'leave a comment',
    'Via (1)',
    'Sources (1) (2)',
    'Source: Soompi',
    'Leave a Reply Cancel reply',
    '\u200bSource (1)\u200b',
  ])('drops %j', (line) => expect(isTrailer(line)).toBe(true));
  it.each([
    'Source of the rumour was a fan account.',
    'Sources say the group will return.',
    'Leave a Reply to this story',
    'Source: the agency said it was true.',
  ])('keeps %j', (line) => expect(isTrailer(line)).toBe(false));
});

describe('fixQuotes', () => {
  it('turns ‘ used as an apostrophe into ’', () => {
    expect(fixQuotes('Netflix‘s original')).toBe('Netflix’s original');
    expect(fixQuotes('Director Lee Jae Kyu‘s exaggeration')).toBe(
      'Director Lee Jae Kyu’s exaggeration',
    );
  });
  it('turns “ used to close a quote into ”', () => {
    expect(fixQuotes('who directed “All of Us Are Dead“, talked')).toBe(
      'who directed “All of Us Are Dead”, talked',
    );
    expect(fixQuotes('just do it’“.')).toBe('just do it’”.');
  });
  it('turns ” used to open a quote into “', () =>
    expect(fixQuotes('He added, ”Thank you.”')).toBe('He added, “Thank you.”'));
  it('leaves straight and well-formed quotes alone', () => {
    const line = `"Seven" and ‘Seven’ and “Seven” and don't`;
    expect(fixQuotes(line)).toBe(line);
  });
});

describe('isWhollyQuoted', () => {
  it.each([
    `"Jungkook is rewriting history!"`,
    '“They deserve it”',
    '‘Best song of the year’',
    `"‘Seven’ is a masterpiece!"`,
  ])('%j is a quotation', (line) => expect(isWhollyQuoted(line)).toBe(true));
  it.each([
    `"Seven" has surpassed "Payphone"`,
    `"Seven" has surpassed hits!`,
    '“A” and “B”',
    `'Seven' 'Euphoria'`,
    'plain text',
  ])('%j is not', (line) => expect(isWhollyQuoted(line)).toBe(false));
});
