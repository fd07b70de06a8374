import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/contract/model.ts';
import { plainText } from '../../src/content/emit/summarize.ts';
import { loadSeeds } from '../../src/content/load-seeds.ts';
import { runPipeline } from '../../src/content/pipeline.ts';
import {
  bodyWords,
  countWords,
  fixQuotes,
  isTrailer,
  isWhollyQuoted,
} from '../../src/content/read/text.ts';

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

describe('bodyWords', () => {
  it('counts what the body as plain text counts, line by line', async () => {
    // The seed memo keeps each story's bodyWords; a reading time once came from the text whole.
    const loaded = await loadSeeds(process.cwd(), resolve('tests/fixtures/tag-corpus/dev'));
    const result = runPipeline({ seeds: loaded.seeds, registry: loaded.registry });
    if (!result.ok) throw new Error('the corpus is valid');
    const bodies: Block[][] = [
      ...result.corpus.articles.map((a) => a.body),
      [
        { type: 'paragraph', lines: ["rock'", "n'roll don’t", '1,000 팬들'] },
        { type: 'list', items: ['one-two', "it's"] },
        { type: 'quote', lines: ['“Quoted” words'] },
      ],
    ];
    expect(bodies.length).toBeGreaterThan(50);
    for (const body of bodies) expect(bodyWords(body)).toBe(countWords(plainText(body)));
  });
});
