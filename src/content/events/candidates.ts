// Which pairs are worth scoring: stories that share a key and stand close in time. Keys are
// a story's main tags, the words of its headline (for names the tagger does not know yet)
// and the bands of its MinHash signature (near-copies whatever their tags). Comparing every
// pair would be 5 billion pairs at 100,000 stories; these blocks keep it near-linear.
import { bandKeys } from './minhash.ts';
import type { PreparedStory } from './prepare.ts';
import { DAY } from './rules/types.ts';

/** The widest window of any rule: pairs further apart in time are never scored. */
export const CANDIDATE_DAYS = 7;
/**
 * How many neighbours (by time) a story meets in one block: in a busy folder a group's name
 * heads a hundred stories a week, and its events are among the nearest reports anyway.
 */
const MAX_NEIGHBOURS = 100;
/** A headline word in more than this share of stories ("comeback", "drama") is no key. */
const COMMON_WORD = 0.1;
/** Below this many stories every headline word is rare enough. */
const FEW_STORIES = 50;

const keysOf = (story: PreparedStory, commonWords: ReadonlySet<string>): (string | number)[] => [
  ...[...story.entities].map((id) => `e:${id}`),
  ...story.headlineWords.filter((w) => !commonWords.has(w)).map((w) => `w:${w}`),
  ...bandKeys(story.signature),
];

const commonWordsOf = (stories: readonly PreparedStory[]) => {
  const df = new Map<string, number>();
  for (const s of stories) for (const w of s.headlineWords) df.set(w, (df.get(w) ?? 0) + 1);
  const common = new Set<string>();
  if (stories.length < FEW_STORIES) return common;
  for (const [w, n] of df) if (n > stories.length * COMMON_WORD) common.add(w);
  return common;
};

/** Dated stories by time then input order; undated ones after, in input order. */
const byTime = (a: PreparedStory, b: PreparedStory) =>
  (a.time ?? Infinity) - (b.time ?? Infinity) || a.index - b.index;

/** Candidate pairs [i, j] (input positions, i < j), sorted: the same input, the same pairs. */
export const candidatePairs = (stories: readonly PreparedStory[]): [number, number][] => {
  const common = commonWordsOf(stories);
  const blocks = new Map<string | number, PreparedStory[]>();
  for (const s of stories)
    for (const key of keysOf(s, common)) {
      const block = blocks.get(key);
      if (block) block.push(s);
      else blocks.set(key, [s]);
    }
  const n = stories.length;
  const seen = new Set<number>();
  const window = CANDIDATE_DAYS * DAY;
  for (const block of blocks.values()) {
    if (block.length < 2) continue;
    block.sort(byTime);
    for (let p = 0; p < block.length; p++) {
      const a = block[p]!;
      for (let q = p + 1; q < block.length && q - p <= MAX_NEIGHBOURS; q++) {
        const b = block[q]!;
        // Sorted by time: once a dated neighbour is too far, so are the rest of the dated.
        if (a.time !== undefined && b.time !== undefined && b.time - a.time > window) {
          // Undated stories sort last: jump to them.
          while (q + 1 < block.length && block[q + 1]!.time !== undefined) q++;
          continue;
        }
        const [i, j] = a.index < b.index ? [a.index, b.index] : [b.index, a.index];
        seen.add(i * n + j);
      }
    }
  }
  return [...seen].sort((x, y) => x - y).map((k) => [Math.floor(k / n), k % n]);
};
