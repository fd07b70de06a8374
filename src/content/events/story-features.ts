// What the clusterer reads of one story alone, before anything of the corpus is known
// (document frequencies, the "rare" bar, term ids): its headline and lead as counted words,
// its body's word hashes and MinHash signature, the kinds of news its headline names. A
// function of the story's headline, body and tag ids only (featuresKey hashes exactly
// those), so a run reuses the last run's for every story that kept them (the pipeline's
// memo). prepare.ts adds what depends on the corpus.
import { hashOf } from '../../build/build-manifest.ts';
import { bodyFacts } from '../read/body-facts.ts';
import type { EventStory } from './cluster.ts';
import { eventKindsOf } from './event-kinds.ts';
import { shinglesOf, signatureOf } from './minhash.ts';
import { contentOf, storyWords, wordsOf } from './text.ts';
import { termCounts } from './tfidf.ts';
import { hashString } from './word-hash.ts';

export interface StoryFeatures {
  /**
   * The distinct content words of its headline and lead, in order of first use (the
   * headline's first), joined by spaces (words have none), as UTF-8: one array, not fifty
   * strings, and a byte a letter where a string of a page with Hangul or curly quotes would
   * take two.
   */
  terms: Uint8Array;
  /** How often each term is used. */
  counts: Uint8Array | Uint32Array;
  /** 1 where a term is a word of one of its tags' ids: a name, never specific. */
  named: Uint8Array;
  /** How many of the terms (the first) its headline has. */
  headlineTerms: number;
  /** The kinds of news its headline names (event-kinds.ts), in the table's order. */
  kinds: string[];
  signature: Uint32Array;
  /** Hashes of its body's distinct words that are no tag's name, sorted. */
  body: Uint32Array;
  /**
   * Hashes of its body's distinct words that are a tag's name, sorted: they count in the
   * body's document frequencies, never as details.
   */
  bodyNames: Uint32Array;
}

/** The hash of what storyFeatures reads of a story: its headline, body and tag ids. */
export const featuresKey = (story: EventStory): string =>
  hashOf(
    story.title,
    // The body's hash, made when its seed was read (read/body-facts.ts).
    bodyFacts(story.body).key,
    JSON.stringify(story.tags.map((t) => t.id)),
  );

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Its terms as a list. */
export const termsOf = (features: StoryFeatures): string[] =>
  features.terms.length ? decoder.decode(features.terms).split(' ') : [];

const sortedSet = (hashes: Iterable<number>) => Uint32Array.from(new Set(hashes)).sort();

export const storyFeatures = (story: EventStory): StoryFeatures => {
  const words = storyWords(story);
  const title = contentOf(words.title);
  const { terms, counts } = termCounts([...title, ...contentOf(words.lead)]);
  const names = new Set(story.tags.flatMap((t) => wordsOf(t.id.replace(/-/g, ' '))));
  const nameHashes = new Set([...names].map(hashString));
  const body = sortedSet(words.body);
  const largest = counts.reduce((a, b) => Math.max(a, b), 0);
  return {
    terms: encoder.encode(terms.join(' ')),
    counts: largest < 256 ? Uint8Array.from(counts) : Uint32Array.from(counts),
    named: Uint8Array.from(terms, (t) => (names.has(t) ? 1 : 0)),
    headlineTerms: new Set(title).size,
    kinds: [...eventKindsOf(words.title)],
    // The shingles themselves are not kept (they would be most of the memory at 100,000
    // stories): the near-copy rule reads them again for the few pairs it checks.
    signature: signatureOf(shinglesOf(words.body)),
    body: body.filter((h) => !nameHashes.has(h)),
    bodyNames: body.filter((h) => nameHashes.has(h)),
  };
};
