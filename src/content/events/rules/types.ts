// A rule that can join two reports into one event. Rules are tried in the order of
// rules/index.ts; the first that scores a pair names the join (near-copy before same-event).
import type { JoinRule } from '../types.ts';
import type { PreparedStory } from '../prepare.ts';

export interface PairContext {
  /** The exact shingle set of a story's body (read again on demand, then kept). */
  shingles: (story: PreparedStory) => Uint32Array;
}

export interface PairRule {
  rule: Exclude<JoinRule, 'override'>;
  /** The score (0-1) at which this rule joins the two stories, or undefined if it does not. */
  score: (a: PreparedStory, b: PreparedStory, context: PairContext) => number | undefined;
}

export const DAY = 864e5;

/** Whether two stories are within `days` of each other; a story with no known date always is. */
export const within = (a: PreparedStory, b: PreparedStory, days: number) =>
  a.time === undefined || b.time === undefined || Math.abs(a.time - b.time) <= days * DAY;

export const dated = (a: PreparedStory, b: PreparedStory) =>
  a.time !== undefined && b.time !== undefined;
