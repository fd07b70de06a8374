// Which pairs are worth scoring: stories that share a key and stand close in time. Keys are
// a story's main tags, the words of its headline (for names the tagger does not know yet)
// and the bands of its MinHash signature (near-copies whatever their tags). Comparing every
// pair would be 5 billion pairs at 100,000 stories; these blocks keep it near-linear.
import { bandKeys } from './minhash.ts';
import type { PreparedStory } from './prepare.ts';
import { NEAR_COPY_DAYS } from './rules/near-copy.ts';
import { SAME_EVENT_DAYS } from './rules/same-event.ts';
import { DAY } from './rules/types.ts';

/**
 * How many neighbours (by time) a story meets in one block: in a busy folder a group's name
 * heads a hundred stories a week, and its events are among the nearest reports anyway.
 */
const MAX_NEIGHBOURS = 100;
/** A headline word in more than this share of stories ("comeback", "drama") is no key. */
const COMMON_WORD = 0.1;
/** Below this many stories every headline word is rare enough. */
const FEW_STORIES = 50;

/** Tags and headline words find rewrites (same-event window); bands find copies (a week). */
const keysOf = (story: PreparedStory, commonWords: ReadonlySet<string>) => ({
  rewrite: [
    ...[...story.entities].map((id) => `e:${id}`),
    ...story.headlineWords.filter((w) => !commonWords.has(w)).map((w) => `w:${w}`),
  ],
  copy: bandKeys(story.signature),
});

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

const blocksOf = <K>(entries: Iterable<[K, PreparedStory]>) => {
  const blocks = new Map<K, PreparedStory[]>();
  for (const [key, s] of entries) {
    const block = blocks.get(key);
    if (block) block.push(s);
    else blocks.set(key, [s]);
  }
  return blocks.values();
};

/**
 * Candidate pairs, each as i * n + j (input positions, i < j; n stories), sorted and
 * distinct: the same input, the same pairs. Numbers, not [i, j] arrays: there are hundreds
 * of thousands.
 */
export const candidatePairs = (stories: readonly PreparedStory[]): Float64Array => {
  const common = commonWordsOf(stories);
  const keys = stories.map((s) => keysOf(s, common));
  const n = stories.length;
  const found: number[] = [];
  const pairUp = (blocks: Iterable<PreparedStory[]>, days: number) => {
    const window = days * DAY;
    for (const block of blocks) {
      if (block.length < 2) continue;
      block.sort(byTime);
      // Undated stories sort last: from here on every neighbour is within any window.
      let undated = block.length;
      while (undated > 0 && block[undated - 1]!.time === undefined) undated--;
      for (let p = 0; p < block.length; p++) {
        const a = block[p]!;
        for (let q = p + 1; q < block.length && q - p <= MAX_NEIGHBOURS; q++) {
          const b = block[q]!;
          // Sorted by time: once a dated neighbour is too far, so are the rest of the dated.
          if (a.time !== undefined && b.time !== undefined && b.time - a.time > window) {
            q = undated - 1;
            continue;
          }
          found.push(a.index < b.index ? a.index * n + b.index : b.index * n + a.index);
        }
      }
    }
  };
  pairUp(
    blocksOf(
      stories.flatMap((s, i) => keys[i]!.rewrite.map((k) => [k, s] as [string, PreparedStory])),
    ),
    SAME_EVENT_DAYS,
  );
  pairUp(
    blocksOf(
      stories.flatMap((s, i) => keys[i]!.copy.map((k) => [k, s] as [number, PreparedStory])),
    ),
    NEAR_COPY_DAYS,
  );
  const sorted = Float64Array.from(found).sort();
  let distinct = 0;
  for (let k = 0; k < sorted.length; k++)
    if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[distinct++] = sorted[k]!;
  return sorted.subarray(0, distinct);
};
