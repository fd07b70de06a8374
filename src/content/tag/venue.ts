// Whether a matched name is part of a venue's name (lexicon/venue-words.ts): the capitalised
// words right after it, up to four, reach a venue word.
import { VENUE_WORDS } from './lexicon/venue-words.ts';

const NEXT_WORD = /^ ([\p{Lu}\p{N}][\p{L}\p{N}&.-]*)/u;

export const inVenueName = (text: string, end: number): boolean => {
  let at = end;
  for (let n = 0; n < 4; n++) {
    const m = NEXT_WORD.exec(text.slice(at));
    if (!m) return false;
    if (VENUE_WORDS.has(m[1]!.toLowerCase())) return true;
    at += m[0].length;
  }
  return false;
};
