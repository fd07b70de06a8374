// What the clusterer keeps of each story: its time, the keys that make it a candidate, its
// headline-and-lead vector and its body's MinHash signature. Computed once a story; the
// pairs then compare these, never the text.
import { KINDS } from '../../contract/kinds.ts';
import type { EventStory } from './cluster.ts';
import { shinglesOf, signatureOf } from './minhash.ts';
import { contentOf, storyWords, wordsOf } from './text.ts';
import { hashString } from './word-hash.ts';
import { eventKindsOf } from './event-kinds.ts';
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

export const prepareStories = (
  stories: readonly EventStory[],
  undated: ReadonlySet<string>,
): PreparedStory[] => {
  const words = stories.map(storyWords);
  const { vectors, terms, df } = tfidfModel(words.map((w) => contentOf([...w.title, ...w.lead])));
  const rare = Math.max(SPECIFIC_STORIES, SPECIFIC_SHARE * stories.length);
  const specificsOf = (s: EventStory, vector: SparseVector) => {
    const names = new Set(s.tags.flatMap((t) => wordsOf(t.id.replace(/-/g, ' '))));
    return vector.ids.filter((id) => df[id]! <= rare && !names.has(terms[id]!));
  };
  // Body words by hash, each story's once: how many stories use each.
  const bodySets = words.map((w) => new Set(w.body));
  const bodyDf = new Map<number, number>();
  for (const set of bodySets) for (const h of set) bodyDf.set(h, (bodyDf.get(h) ?? 0) + 1);
  const detailsOf = (s: EventStory, index: number) => {
    const names = new Set(s.tags.flatMap((t) => wordsOf(t.id.replace(/-/g, ' ')).map(hashString)));
    const kept: number[] = [];
    for (const h of bodySets[index]!)
      if (bodyDf.get(h)! >= 2 && bodyDf.get(h)! <= rare && !names.has(h)) kept.push(h);
    return Uint32Array.from(kept).sort();
  };
  return stories.map((s, index) => ({
    index,
    slug: s.slug,
    time: undated.has(s.slug) ? undefined : Date.parse(s.date),
    entities: mainEntities(s),
    headlineWords: [...new Set(contentOf(words[index]!.title))],
    kinds: eventKindsOf(words[index]!.title),
    vector: vectors[index]!,
    specifics: specificsOf(s, vectors[index]!),
    // The shingles themselves are not kept (they would be most of the memory at 100,000
    // stories): the near-copy rule reads them again for the few pairs it checks.
    signature: signatureOf(shinglesOf(words[index]!.body)),
    details: detailsOf(s, index),
  }));
};
