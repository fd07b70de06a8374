// The same event told with another headline and lead (a review of the premiere beside its
// ratings, a letter from the training camp beside the enlistment): the leads need not agree,
// but the bodies repeat the event's details, rare words no other story has (the venue,
// the figure, the words of the statement). Same people, within two days, and several
// details in common.
import type { PreparedStory } from '../prepare.ts';
import { sharedCount } from '../minhash.ts';
import { dated, within, type PairRule } from './types.ts';
import { kindsConflict, SAME_KIND_DAYS, sharesEntity } from './same-event.ts';

/** Rare body words two reports of one event share at least. */
export const MIN_DETAILS = 4;
/** And their share of the two stories' details (Dice): a tenth, as long stories have many. */
export const DETAILS_DICE = 0.1;

export const detailsScore = (a: PreparedStory, b: PreparedStory) => {
  const shared = sharedCount(a.details, b.details);
  return shared < MIN_DETAILS ? 0 : (2 * shared) / (a.details.length + b.details.length);
};

export const sharedDetails: PairRule = {
  rule: 'shared-details',
  score: (a, b) => {
    if (!dated(a, b) || !within(a, b, SAME_KIND_DAYS) || !sharesEntity(a, b)) return undefined;
    if (kindsConflict(a, b)) return undefined;
    const score = detailsScore(a, b);
    return score >= DETAILS_DICE ? score : undefined;
  },
};
