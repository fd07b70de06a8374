// Scores the clusterer against a labelled key (tests/fixtures/events*/key.json): pairwise
// precision, recall and F1 over the labelled pairs, and over every pair the key's events
// imply. A pair is "joined" when both stories land in one event.
import type { StoryEvent } from './types.ts';

export interface EventKey {
  events: { id: string; stories: string[]; note?: string }[];
  pairs: { a: string; b: string; same: boolean; kind: string }[];
}

export interface PairOutcome {
  a: string;
  b: string;
  kind: string;
}

export interface Figures {
  truePairs: number;
  falsePairs: number;
  missedPairs: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EventScore {
  labelled: Figures;
  /** Over every pair of stories of the key: same event in the key or not. */
  implied: Figures;
  wrongJoins: PairOutcome[];
  missed: PairOutcome[];
  /** Headlines of the key no story has (a typo in the key or a story gone). */
  unknown: string[];
}

export const figures = (truePairs: number, falsePairs: number, missedPairs: number): Figures => {
  const precision = truePairs + falsePairs ? truePairs / (truePairs + falsePairs) : 1;
  const recall = truePairs + missedPairs ? truePairs / (truePairs + missedPairs) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { truePairs, falsePairs, missedPairs, precision, recall, f1 };
};

/** `titleOf` maps a slug to its headline; the key names stories by exact headline. */
export const scoreEvents = (
  events: readonly StoryEvent[],
  titleOf: ReadonlyMap<string, string>,
  key: EventKey,
): EventScore => {
  const eventOf = new Map<string, string>();
  for (const e of events) for (const slug of e.slugs) eventOf.set(titleOf.get(slug)!, e.id);
  const unknown = [
    ...new Set(
      [...key.events.flatMap((e) => e.stories), ...key.pairs.flatMap((p) => [p.a, p.b])].filter(
        (t) => !eventOf.has(t),
      ),
    ),
  ];
  const joined = (a: string, b: string) => eventOf.has(a) && eventOf.get(a) === eventOf.get(b);
  const wrongJoins: PairOutcome[] = [];
  const missed: PairOutcome[] = [];
  let right = 0;
  for (const p of key.pairs) {
    const together = joined(p.a, p.b);
    if (together && p.same) right++;
    else if (together) wrongJoins.push({ a: p.a, b: p.b, kind: p.kind });
    else if (p.same) missed.push({ a: p.a, b: p.b, kind: p.kind });
  }
  const keyEvent = new Map(key.events.flatMap((e) => e.stories.map((s) => [s, e.id])));
  const titles = [...keyEvent.keys()];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < titles.length; i++)
    for (let j = i + 1; j < titles.length; j++) {
      const same = keyEvent.get(titles[i]!) === keyEvent.get(titles[j]!);
      const together = joined(titles[i]!, titles[j]!);
      if (same && together) tp++;
      else if (together) fp++;
      else if (same) fn++;
    }
  return {
    labelled: figures(right, wrongJoins.length, missed.length),
    implied: figures(tp, fp, fn),
    wrongJoins,
    missed,
    unknown,
  };
};
