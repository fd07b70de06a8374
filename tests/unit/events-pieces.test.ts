// The clusterer's parts: words and their hashes, MinHash, TF-IDF, the lead, a story's features.
import { describe, expect, it } from 'vitest';
import {
  estimateJaccard,
  jaccard,
  shinglesOf,
  signatureOf,
} from '../../src/content/events/minhash.ts';
import { storyWords, wordHashes, wordsOf } from '../../src/content/events/text.ts';
import { cosine, termCounts, tfidfModel } from '../../src/content/events/tfidf.ts';
import { storyFeatures, termsOf } from '../../src/content/events/story-features.ts';
import { hashString } from '../../src/content/events/word-hash.ts';

const TEXT =
  'On March 10, his agency Haneul Company said that Kang Do-hyun will enter an army recruit training center on April 14 and serve as an active-duty soldier after five weeks of basic training.';

describe('event clusterer parts', () => {
  it('reads words the same way with and without building strings', () => {
    for (const text of [TEXT, 'Jeong Yu-na (정유나) Hits No. 1', 'Ｆｕｌｌ width and Rosé'])
      expect(wordHashes(text)).toEqual(wordsOf(text).map(hashString));
    expect(wordsOf('Kang Do-hyun’s 4th album')).toEqual([
      'kang',
      'do',
      'hyun',
      's',
      '4th',
      'album',
    ]);
  });

  it('estimates Jaccard from signatures, and measures it exactly', () => {
    const a = shinglesOf(wordHashes(TEXT));
    const b = shinglesOf(wordHashes(TEXT.replace('five weeks', 'six weeks')));
    const other = shinglesOf(wordHashes('A different story about a comeback album in May.'));
    expect(jaccard(a, a)).toBe(1);
    expect(jaccard(a, b)).toBeGreaterThan(0.7);
    expect(jaccard(a, other)).toBe(0);
    expect(estimateJaccard(signatureOf(a), signatureOf(a))).toBe(1);
    expect(Math.abs(estimateJaccard(signatureOf(a), signatureOf(b)) - jaccard(a, b))).toBeLessThan(
      0.2,
    );
    expect(estimateJaccard(signatureOf(a), signatureOf(other))).toBeLessThan(0.2);
  });

  it('weighs rare words over common ones', () => {
    const { vectors } = tfidfModel(
      [
        ['kang', 'enlist', 'army', 'drama'],
        ['kang', 'enlist', 'drama'],
        ['lumina', 'comeback', 'drama'],
        ['haeon', 'award', 'drama'],
      ].map(termCounts),
    );
    expect(cosine(vectors[0]!, vectors[0]!)).toBeCloseTo(1);
    expect(cosine(vectors[0]!, vectors[1]!)).toBeGreaterThan(0.7);
    // Sharing only the word every story has says little.
    expect(cosine(vectors[2]!, vectors[3]!)).toBeLessThan(0.2);
  });

  it('takes the lead from the opening paragraphs, skipping a byline', () => {
    const words = storyWords({
      slug: 's',
      ordinal: 0,
      date: '2025-01-01T00:00:00Z',
      title: 'A Title',
      body: [
        { type: 'paragraph', lines: ['By Jung Min-ah, staff reporter'] },
        { type: 'paragraph', lines: ['The first paragraph.'] },
        { type: 'list', items: ['a list item'] },
      ],
      tags: [],
    });
    expect(words.title).toEqual(['a', 'title']);
    expect(words.lead).toEqual(['the', 'first', 'paragraph']);
    expect(words.body).toHaveLength(
      wordsOf('By Jung Min-ah, staff reporter The first paragraph. a list item').length,
    );
  });

  it("keeps a story's features apart from the corpus: terms, counts, names, body hashes", () => {
    const features = storyFeatures({
      slug: 's',
      ordinal: 0,
      date: '2025-01-01T00:00:00Z',
      title: `Kang Do-hyun ${'encore '.repeat(300)}`,
      body: [{ type: 'paragraph', lines: ['Kang Do-hyun sings in Osaka.'] }],
      tags: [{ id: 'kang-do-hyun', kind: 'person' }],
    });
    // A count past a byte is kept whole.
    expect(termsOf(features)).toEqual(['kang', 'do', 'hyun', 'encore', 'sings', 'osaka']);
    expect([...features.counts]).toEqual([2, 2, 2, 300, 1, 1]);
    expect([...features.named]).toEqual([1, 1, 1, 0, 0, 0]);
    expect(features.headlineTerms).toBe(4);
    expect(features.kinds).toEqual(['tour']);
    expect([...features.bodyNames]).toEqual(
      [...new Set(['kang', 'do', 'hyun'].map(hashString))].sort((a, b) => a - b),
    );
    expect(features.body).toHaveLength(3);
  });
});
