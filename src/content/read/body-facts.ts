// What a build needs of a story's body besides its text: the hash of its JSON (what keys the
// story's event features and data file) and its words (its reading time). Worked out when
// its seed file is read and kept with the seed in the pipeline's memo, so a build does not
// stringify and count 100,000 bodies again (~3 s at 100,000 stories). Held by the body array
// itself: a story copied with another body array is worked out afresh, never given the facts
// of the body it replaced. Bodies are not changed in place once parsed.
import { hashOf } from '../../build/build-manifest.ts';
import { bodyWords, type BodyBlock } from './text.ts';

type Body = readonly BodyBlock[];

export interface BodyFacts {
  key: string;
  words: number;
}

const known = new WeakMap<Body, BodyFacts>();

/** The facts of a body, made from it. */
export const factsOf = (body: Body): BodyFacts => ({
  key: hashOf(JSON.stringify(body)),
  words: bodyWords(body),
});

/** Hands a body the facts made from it when its seed was read (the seed memo keeps them). */
export const rememberFacts = (body: Body, facts: BodyFacts) => known.set(body, facts);

/** A body's facts: remembered, or made now. */
export const bodyFacts = (body: Body): BodyFacts => {
  let facts = known.get(body);
  if (!facts) known.set(body, (facts = factsOf(body)));
  return facts;
};
