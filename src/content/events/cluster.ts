// Which stories report the same event (decision 0030). Near-copies first (MinHash over word
// shingles), then rewrites: stories that share a subject tag or a headline word, stand
// within days of each other and whose headline and lead agree (TF-IDF cosine), more so when
// they share no rare word. Groups form by complete linkage, so one idol's week of news does
// not chain into one event, and the editor's overrides (seeds/events.json) join or split
// what the rules decided.
import { candidatePairs } from './candidates.ts';
import { byStrength, link, type Edge } from './linkage.ts';
import { shinglesOf } from './minhash.ts';
import { NO_OVERRIDES, overrideLinks, type EventOverrides } from './overrides.ts';
import { prepareStories, type PreparedStory } from './prepare.ts';
import { RULES } from './rules/index.ts';
import type { RunMemo } from '../run-memo.ts';
import type { StoryFeatures } from './story-features.ts';
import { kindsConflict, SAME_EVENT_DAYS } from './rules/same-event.ts';
import { dated, within, type PairContext } from './rules/types.ts';
import { storyWords } from './text.ts';
import { cosine } from './tfidf.ts';
import type { EventJoin, JoinRule, StoryEvent } from './types.ts';

/** What the clusterer reads of a story (pipeline.ts's Article has all of it). */
export interface EventStory {
  slug: string;
  /** The pipeline's ordinal (counted from the oldest); input order breaks ties of date. */
  ordinal: number;
  date: string;
  title: string;
  body: { type: string; lines?: string[]; items?: string[] }[];
  source?: string;
  /** Tag ids, main tags first (the pipeline's order). */
  tags: { id: string; kind: string }[];
}

export interface ClusterOptions {
  /** Slugs of stories whose date is provisional (a file's modification time): no window. */
  undated?: ReadonlySet<string>;
  /** The editor's joins and splits, slugs already checked (overrides-file.ts). */
  overrides?: EventOverrides;
  /** Each story's features from the last run, by what they are made of (prepare.ts). */
  memo?: RunMemo<StoryFeatures>;
}

/**
 * Two reports in one group need at least this cosine (and the same-event window) with every
 * other report of it, whatever joined them: on the labelled set every pair of reports of
 * one event reaches 0.22.
 */
export const COMPATIBLE_COSINE = 0.2;

const SCORE_DIGITS = 1000;
const round = (score: number) => Math.round(score * SCORE_DIGITS) / SCORE_DIGITS;

/** Every story in exactly one event; events ordered by their earliest report, newest first. */
export const clusterEvents = (
  stories: readonly EventStory[],
  { undated = new Set(), overrides = NO_OVERRIDES, memo }: ClusterOptions = {},
): StoryEvent[] => {
  const prepared = prepareStories(stories, undated, memo);
  const shingles = new Map<number, Uint32Array>();
  const context: PairContext = {
    shingles: (s) => {
      let set = shingles.get(s.index);
      if (!set) shingles.set(s.index, (set = shinglesOf(storyWords(stories[s.index]!).body)));
      return set;
    },
  };
  const n = stories.length;
  const scoreOf = (a: PreparedStory, b: PreparedStory) => {
    for (const rule of RULES) {
      const score = rule.score(a, b, context);
      if (score !== undefined) return { score, rule: rule.rule };
    }
    return undefined;
  };
  const edges: Edge[] = [];
  for (const key of candidatePairs(prepared)) {
    const i = Math.floor(key / n);
    const j = key - i * n;
    const found = scoreOf(prepared[i]!, prepared[j]!);
    if (found)
      edges.push({ i, j, ...found, priority: RULES.findIndex((r) => r.rule === found.rule) });
  }
  const { initial, apart } = overrideLinks(overrides, prepared);
  const compatible = (i: number, j: number) => {
    const a = prepared[i]!;
    const b = prepared[j]!;
    if (scoreOf(a, b)) return true;
    return (
      dated(a, b) &&
      within(a, b, SAME_EVENT_DAYS) &&
      !kindsConflict(a, b) &&
      cosine(a.vector, b.vector) >= COMPATIBLE_COSINE
    );
  };
  const tree = link(n, edges, { compatible, apart }, initial);
  return eventsOf(stories, prepared, tree.groupOf, tree.used);
};

/** The events of a grouping: reports earliest first, each joined along the tree's edges. */
const eventsOf = (
  stories: readonly EventStory[],
  prepared: readonly PreparedStory[],
  groupOf: Int32Array,
  used: readonly Edge[],
): StoryEvent[] => {
  const instant = stories.map((s) => Date.parse(s.date));
  const earliestFirst = (a: number, b: number) => instant[a]! - instant[b]! || a - b;
  const groups = new Map<number, number[]>();
  groupOf.forEach((g, i) => {
    const list = groups.get(g);
    if (list) list.push(i);
    else groups.set(g, [i]);
  });
  const adjacent = new Map<number, Edge[]>();
  for (const edge of [...used].sort(byStrength))
    for (const end of [edge.i, edge.j]) {
      const list = adjacent.get(end);
      if (list) list.push(edge);
      else adjacent.set(end, [edge]);
    }
  const events = [...groups.values()].map((members) => {
    members.sort(earliestFirst);
    const root = members[0]!;
    // Walk the tree from the earliest report: each other report joined the one it was
    // matched with.
    const joinOf = new Map<number, EventJoin>();
    const queue = [root];
    const seen = new Set([root]);
    while (queue.length) {
      const at = queue.shift()!;
      for (const edge of adjacent.get(at) ?? []) {
        const other = edge.i === at ? edge.j : edge.i;
        if (seen.has(other)) continue;
        seen.add(other);
        queue.push(other);
        joinOf.set(other, {
          slug: prepared[other]!.slug,
          to: prepared[at]!.slug,
          score: round(edge.score),
          rule: edge.rule as JoinRule,
        });
      }
    }
    return {
      root,
      event: {
        id: prepared[root]!.slug,
        slugs: members.map((m) => prepared[m]!.slug),
        joins: members.slice(1).map((m) => joinOf.get(m)!),
      },
    };
  });
  events.sort((a, b) => instant[b.root]! - instant[a.root]! || a.root - b.root);
  return events.map((e) => e.event);
};
