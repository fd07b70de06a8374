// The words the event clusterer compares: a story's headline and lead (what an outlet says
// the event is) and its whole body (what a near-copy repeats). Lower case, letters and
// digits only, so "Do-hyun", "Do Hyun" and "do hyun" are the same two words.
import type { EventStory } from './cluster.ts';
import { asciiWordHashes, hashString } from './word-hash.ts';
import { blockLines } from '../read/text.ts';

/** Function words and the words every report carries: they say nothing about which event. */
const STOP: ReadonlySet<string> = new Set(
  `a an and are as at be been but by for from had has have he her his i in into is it its
  of on or our s she so that the their them they this those to was we were who will with
  you your t not no than then there these after before about also over up out said says
  say told according would could can may just more most`.split(/\s+/),
);

const NON_ASCII = /\P{ASCII}/u;
const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[a-z0-9]+/g;

/** Every word of a text, lower case, in order (stop words kept: shingles need them). */
export const wordsOf = (text: string): string[] =>
  // Most stories are ASCII: NFKC and the Unicode classes only where they can matter (the
  // tokenizing is most of the clusterer's time).
  (NON_ASCII.test(text)
    ? text.normalize('NFKC').toLowerCase().match(WORD)
    : text.toLowerCase().match(ASCII_WORD)) ?? [];

/** The hash of each word of a text (hashString of each of wordsOf), strings built only for non-ASCII text. */
export const wordHashes = (text: string): number[] =>
  NON_ASCII.test(text) ? wordsOf(text).map(hashString) : asciiWordHashes(text);

/** The words of a list that can say what a text is about. */
export const contentOf = (words: readonly string[]): string[] =>
  words.filter((w) => !STOP.has(w) && (w.length > 1 || /\p{N}|\P{ASCII}/u.test(w)));

export const contentWords = (text: string): string[] => contentOf(wordsOf(text));

/** A byline ("By Jung Min-ah, staff reporter") names the writer, not the event. */
const isByline = (text: string) => /^by\s/i.test(text) && text.split(/\s+/).length <= 10;

/** How many words of the body make the lead: the first paragraph or two of a report. */
const LEAD_WORDS = 60;

export interface StoryWords {
  title: string[];
  /** The opening paragraphs, bylines skipped, LEAD_WORDS words at most. */
  lead: string[];
  /** The hash of every word of the body, in order (for shingles: no strings needed). */
  body: number[];
}

/** A story's words, each block read once (the lead's few words twice). */
export const storyWords = (story: EventStory): StoryWords => {
  const lead: string[] = [];
  const body: number[] = [];
  let leadLeft = LEAD_WORDS;
  for (const block of story.body) {
    const text = blockLines(block).join(' ');
    for (const h of wordHashes(text)) body.push(h);
    if (block.type !== 'paragraph' || leadLeft <= 0 || isByline(text)) continue;
    // Counted as written ("Do-hyun" one word), as an editor would count a lead.
    const written = text.split(/\s+/).slice(0, leadLeft);
    leadLeft -= written.length;
    for (const w of wordsOf(written.join(' '))) lead.push(w);
  }
  return { title: wordsOf(story.title), lead, body };
};
