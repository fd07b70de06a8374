// What the clusterer keeps of each story: its time, the keys that make it a candidate, its
// headline-and-lead vector and its body's MinHash signature. Computed once a story; the
// pairs then compare these, never the text. What depends on the story alone (its words,
// hashes and signature: story-features.ts) can come from the last run; what depends on the
// corpus (term ids, document frequencies, the "rare" bar) is made here every run.
import { KINDS } from '../../contract/kinds.ts';
import type { EventStory } from './cluster.ts';
import { memoRun, type RunMemo } from '../run-memo.ts';
import { featuresKey, storyFeatures, termsOf, type StoryFeatures } from './story-features.ts';
import { tfidfModel, type SparseVector } from './tfidf.ts';

export interface PreparedStory {
  /** Position in the input. */
  index: number;
  slug: string;
  /** Milliseconds since the epoch; undefined when the date is provisional (unknown). */
  time: number | undefined;
  /** Ids of its main tags (people, groups, shows): who and what the story is about. */
  entities: ReadonlySet<string>;
  /** Words of its headline: candidates when the tagger knows none of its names. */
  headlineWords: readonly string[];
  /** The kinds of news its headline names (event-kinds.ts): a casting, a ruling, a tour. */
  kinds: ReadonlySet<string>;
  vector: SparseVector;
  /**
   * Term ids of its headline and lead that say what happened rather than who: rare in the
   * corpus, and no word of the story's tags.
   */
  specifics: Int32Array;
  signature: Uint32Array;
  /**
   * Hashes of the body's rare words that are no tag's name, sorted: the details a report of
   * the event repeats (a venue, a figure, a quote's words) and another event does not.
   */
  details: Uint32Array;
}

/**
 * A term in at most this many stories (or this share of them, in a large corpus) is
 * specific: "enlistment", "Osaka", "182,000". On the labelled set two reports of one event
 * always share one (in at most 7 of its 130 stories); stories written from one template
 * (the bench corpus) share names and boilerplate only.
 */
const SPECIFIC_STORIES = 10;
const SPECIFIC_SHARE = 0.03;

/** How many of a story's subject tags count (tags come headline names first). */
const MAIN_TAGS = 4;
/**
 * The kinds that say what a story is about: the main kinds (people, groups, shows) and the
 * release (a comeback's album, a chart's song), which often names the event where the
 * tagger does not know a new group yet. Organisations (a network, an agency) and characters
 * are shared by too many unrelated stories.
 */
const SUBJECT = (kind: string) =>
  KINDS[kind as keyof typeof KINDS]?.main || kind === 'song' || kind === 'album';

export const mainEntities = (story: EventStory): Set<string> =>
  new Set(
    story.tags
      .filter((t) => SUBJECT(t.kind))
      .slice(0, MAIN_TAGS)
      .map((t) => t.id),
  );

/**
 * Each story's features (story-features.ts), from the last run's memo where it has them:
 * keyed by what they are made of, the story's headline, body and tag ids.
 */
export const featuresOf = (
  stories: readonly EventStory[],
  memo?: RunMemo<StoryFeatures>,
): StoryFeatures[] => {
  if (!memo) return stories.map(storyFeatures);
  const run = memoRun(memo, '');
  const features = stories.map((s) => run.get(featuresKey(s), () => storyFeatures(s)));
  run.done();
  return features;
};

/** Each story's features and what they mean in this corpus (document frequencies). */
export const prepareStories = (
  stories: readonly EventStory[],
  undated: ReadonlySet<string>,
  memo?: RunMemo<StoryFeatures>,
): PreparedStory[] => {
  const features = featuresOf(stories, memo);
  const terms = features.map(termsOf);
  const { vectors, df, docIds } = tfidfModel(
    features.map((f, i) => ({ terms: terms[i]!, counts: f.counts })),
  );
  const rare = Math.max(SPECIFIC_STORIES, SPECIFIC_SHARE * stories.length);
  const specificsOf = ({ named }: StoryFeatures, ids: Int32Array) =>
    ids.filter((id, k) => !named[k] && df[id]! <= rare).sort();
  // How many stories use each body word (names too: a name is common or rare like any word).
  const bodyDf = new Map<number, number>();
  for (const f of features)
    for (const list of [f.body, f.bodyNames])
      for (const h of list) bodyDf.set(h, (bodyDf.get(h) ?? 0) + 1);
  // Body words already sorted: so are the details.
  const detailsOf = ({ body }: StoryFeatures) =>
    body.filter((h) => bodyDf.get(h)! >= 2 && bodyDf.get(h)! <= rare);
  return stories.map((s, index) => {
    const f = features[index]!;
    return {
      index,
      slug: s.slug,
      time: undated.has(s.slug) ? undefined : Date.parse(s.date),
      entities: mainEntities(s),
      headlineWords: terms[index]!.slice(0, f.headlineTerms),
      kinds: new Set(f.kinds),
      vector: vectors[index]!,
      specifics: specificsOf(f, docIds[index]!),
      signature: f.signature,
      details: detailsOf(f),
    };
  });
};
