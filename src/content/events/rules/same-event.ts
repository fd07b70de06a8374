// The same event written again: another headline, lead and quotes, the same people and
// thing that happened. Scored by the TF-IDF cosine of headline and lead; the main tags say
// whether the two stories are about the same people at all, and the dates whether they can
// be the same news.
import { cosine } from '../tfidf.ts';
import { dated, within, type PairRule } from './types.ts';
import type { PreparedStory } from '../prepare.ts';
import { STEPS } from '../event-kinds.ts';

/**
 * Reports of one event run within days of each other (on the labelled set, two at most);
 * the same people's next event (an appeal after a ruling, a discharge after an enlistment)
 * comes weeks later, where words alone cannot tell them apart.
 */
export const SAME_EVENT_DAYS = 4;
/**
 * Sharing a subject tag: the words must agree this much. On the labelled set reports of one
 * event reach 0.22-0.94 and different events of the same week 0.27 at most; any bar from 0.2
 * to 0.32 scores the same there (complete linkage stops the rest), 0.3 keeps to the safe side.
 */
export const SAME_EVENT_COSINE = 0.3;
/** No subject tag shared (the tagger missed a new name): the words alone must agree more. */
export const TEXT_ONLY_COSINE = 0.4;
/**
 * A date unknown (provisional): no window keeps an invitation from the prize weeks later
 * (0.70 on the labelled set), so only close rewrites join.
 */
export const UNDATED_COSINE = 0.75;

/**
 * Nothing specific in common (only names and the words every story uses): the words must
 * agree much more. Stories from one template ("X talks about Squid Game in interview
 * number N") agree at 0.31-0.35 on names and boilerplate alone in the 10,000-story bench
 * corpus, up to 0.56 in a 400-story one; every pair of reports of one event in the
 * labelled set shares a specific word.
 */
export const NO_SPECIFIC_COSINE = 0.6;

/** Whether two sorted id lists share one. */
export const intersects = (a: Int32Array, b: Int32Array) => {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return false;
};

export const sharesSpecific = (a: PreparedStory, b: PreparedStory) =>
  intersects(a.specifics, b.specifics);

export const sharesEntity = (a: PreparedStory, b: PreparedStory) => {
  for (const id of a.entities) if (b.entities.has(id)) return true;
  return false;
};

/**
 * Headlines that name different steps of one story (a member leaves; the others renew their
 * contracts): different events, unless the words agree as a near-copy's do.
 */
export const CONFLICT_COSINE = 0.6;
/**
 * Headlines that name the same kind of news about the same people within two days (two
 * outlets' castings of one actor in one drama): one event even in quite other words.
 */
export const SAME_KIND_COSINE = 0.15;
export const SAME_KIND_DAYS = 2;

const shareKind = (a: PreparedStory, b: PreparedStory) => {
  for (const kind of a.kinds) if (b.kinds.has(kind)) return true;
  return false;
};

/**
 * The headlines name different steps of one story (an enlistment and a discharge, a ruling
 * and an appeal, a teaser and a chart record) and no kind in common.
 */
export const kindsConflict = (a: PreparedStory, b: PreparedStory) =>
  !shareKind(a, b) &&
  STEPS.some((steps) => steps.some((x) => a.kinds.has(x)) && steps.some((y) => b.kinds.has(y)));

export const bar = (a: PreparedStory, b: PreparedStory) => {
  const sameKind =
    dated(a, b) && within(a, b, SAME_KIND_DAYS) && shareKind(a, b) && sharesEntity(a, b);
  const base = !dated(a, b)
    ? UNDATED_COSINE
    : sameKind
      ? SAME_KIND_COSINE
      : sharesEntity(a, b)
        ? SAME_EVENT_COSINE
        : TEXT_ONLY_COSINE;
  const specific = sharesSpecific(a, b) ? base : Math.max(base, NO_SPECIFIC_COSINE);
  return kindsConflict(a, b) ? Math.max(specific, CONFLICT_COSINE) : specific;
};

export const sameEvent: PairRule = {
  rule: 'same-event',
  score: (a, b) => {
    if (!within(a, b, SAME_EVENT_DAYS)) return undefined;
    const c = cosine(a.vector, b.vector);
    return c >= bar(a, b) ? c : undefined;
  },
};
