// The words the event clusterer compares: a story's headline and lead (what an outlet says
// the event is) and its whole body (what a near-copy repeats). Lower case, letters and
// digits only, so "Do-hyun", "Do Hyun" and "do hyun" are the same two words.
import type { EventStory } from './cluster.ts';

/** Function words and the words every report carries: they say nothing about which event. */
const STOP: ReadonlySet<string> = new Set(
  `a an and are as at be been but by for from had has have he her his i in into is it its
  of on or our s she so that the their them they this those to was we were who will with
  you your t not no than then there these after before about also over up out said says
  say told according would could can may just more most`.split(/\s+/),
);

const NON_ASCII = /\P{ASCII}/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** Every word of a text, lower case, in order (stop words kept: shingles need them). */
export const wordsOf = (text: string): string[] =>
  // NFKC only where it can change something: most stories are ASCII, and it is not free.
  (NON_ASCII.test(text) ? text.normalize('NFKC') : text).toLowerCase().match(WORD) ?? [];

/** The words that can say what a text is about. */
export const contentWords = (text: string): string[] =>
  wordsOf(text).filter((w) => !STOP.has(w) && (w.length > 1 || /\p{N}|\P{ASCII}/u.test(w)));

type Block = EventStory['body'][number];
const linesOf = (b: Block) => b.lines ?? b.items ?? [];

/** A byline ("By Jung Min-ah, staff reporter") names the writer, not the event. */
const isByline = (text: string) => /^by\s/i.test(text) && text.split(/\s+/).length <= 10;

/** How many words of the body make the lead: the first paragraph or two of a report. */
const LEAD_WORDS = 60;

/** The opening paragraphs, bylines skipped, up to LEAD_WORDS words. */
export const leadOf = (story: EventStory): string => {
  const parts: string[] = [];
  let count = 0;
  for (const block of story.body) {
    if (block.type !== 'paragraph') continue;
    const text = linesOf(block).join(' ');
    if (isByline(text)) continue;
    parts.push(text);
    count += text.split(/\s+/).length;
    if (count >= LEAD_WORDS) break;
  }
  return parts.join(' ').split(/\s+/).slice(0, LEAD_WORDS).join(' ');
};

export const bodyOf = (story: EventStory): string =>
  story.body.map((b) => linesOf(b).join(' ')).join(' ');
