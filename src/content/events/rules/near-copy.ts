// One text published twice: a wire story and an outlet's lightly edited copy. On the
// labelled set near-copies share 54-83 % of their word 3-shingles and different events at
// most 18 %; the bar is set at half.
import { estimateJaccard, jaccard } from '../minhash.ts';
import { cosine } from '../tfidf.ts';
import { sharesSpecific } from './same-event.ts';
import { within, type PairRule } from './types.ts';

export const NEAR_COPY_JACCARD = 0.5;
/** Signatures estimate Jaccard within ~0.06 at 64 bins: a cheap first cut below the bar. */
const ESTIMATE_CUT = 0.35;
/** A copy runs within a week of the original; a template reused a month later is news again. */
export const NEAR_COPY_DAYS = 7;
/**
 * A copy repeats the specifics (names, numbers, dates), which weigh most in the headline and
 * lead's TF-IDF; stories written from one template share the boilerplate and differ there.
 * Near-copies of the labelled set reach 0.75 at least; templated stories (the bench corpus,
 * weekly chart round-ups) far less.
 */
const SPECIFICS_COSINE = 0.5;
/** So close that nothing else need agree: one text with a word or two changed. */
const VERBATIM_JACCARD = 0.8;

export const nearCopy: PairRule = {
  rule: 'near-copy',
  score: (a, b, context) => {
    if (!within(a, b, NEAR_COPY_DAYS)) return undefined;
    if (estimateJaccard(a.signature, b.signature) < ESTIMATE_CUT) return undefined;
    if (cosine(a.vector, b.vector) < SPECIFICS_COSINE) return undefined;
    const j = jaccard(context.shingles(a), context.shingles(b));
    if (j < NEAR_COPY_JACCARD) return undefined;
    // Short templated texts share most shingles too; a copy also shares a specific word.
    return j >= VERBATIM_JACCARD || sharesSpecific(a, b) ? j : undefined;
  },
};
