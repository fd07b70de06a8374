// The excerpt under a search result, from the story's own words only. A story's search
// record ends with the other names of its tags ("Also known as: 유승준, ..."), indexed so
// that any spelling finds it (src/prerender/search-record.ts); Pagefind's own excerpt would
// show them to the reader as if the story said them. The record's meta says how many words
// that names paragraph has, so it can be cut off here. Pagefind's word positions count the
// words of `raw_content` split on white space (zero-width spaces where it segmented text
// itself), as its own excerpt builder does.
import type { ExcerptPiece } from './excerpt';

export interface WordLocation {
  location: number;
  balanced_score: number;
}

export interface ExcerptSource {
  raw_content: string;
  weighted_locations: WordLocation[];
  /** Words at the end of the record that are not the story's (the names paragraph). */
  namesWords: number;
}

/**
 * The first word of the densest run of `length` words, as Pagefind chooses it: of equally
 * dense runs next to each other, the middle one, so a lone match stands mid-excerpt.
 */
const densestStart = (locations: WordLocation[], length: number) => {
  const score: number[] = [];
  for (const { location, balanced_score } of locations)
    score[location] = (score[location] ?? 0) + balanced_score;
  const prefix = [0];
  for (let i = 0; i < score.length; i++) prefix.push((prefix[i] ?? 0) + (score[i] ?? 0));
  const total = (start: number) =>
    (prefix[Math.min(start + length, score.length)] ?? 0) - (prefix[start] ?? 0);
  let best = 0;
  let run: number[] = [0];
  for (let start = 0; start < score.length; start++) {
    const sum = total(start);
    if (sum > best) {
      best = sum;
      run = [start];
    } else if (sum === best && best > 0 && run[run.length - 1] === start - 1) run.push(start);
  }
  return run[Math.floor(run.length / 2)] ?? 0;
};

const unescape = (word: string) => word.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** A matched word is marked without the punctuation around it ("유승준," marks 유승준). */
const markedParts = (word: string): ExcerptPiece[] => {
  const core = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word);
  const [, before = '', middle = word, after = ''] = core ?? [];
  if (!middle) return [{ text: word, marked: false }];
  return [
    { text: before, marked: false },
    { text: middle, marked: true },
    { text: after, marked: false },
  ];
};

export function storyExcerpt(source: ExcerptSource, length: number): ExcerptPiece[] {
  const zws = source.raw_content.includes('\u200B');
  const words = source.raw_content.split(zws ? '\u200B' : /[\r\n\s]+/g);
  const end = Math.max(0, words.length - Math.max(0, source.namesWords));
  const inStory = source.weighted_locations.filter((l) => l.location < end);
  const start = Math.max(0, Math.min(densestStart(inStory, length), end - length));
  const marked = new Set(inStory.map((l) => l.location));
  const joiner = zws ? '' : ' ';
  const pieces: ExcerptPiece[] = [];
  for (let i = start; i < Math.min(start + length, end); i++) {
    const word = unescape(words[i] ?? '');
    const parts = marked.has(i) ? markedParts(word) : [{ text: word, marked: false }];
    if (i > start) parts.unshift({ text: joiner, marked: false });
    for (const part of parts) {
      if (!part.text) continue;
      const last = pieces[pieces.length - 1];
      if (last && last.marked === part.marked) last.text += part.text;
      else pieces.push({ ...part });
    }
  }
  const first = pieces[0];
  if (first && !first.marked) first.text = first.text.trimStart();
  return pieces.filter((p) => p.text);
}
