// A work's other titles, as a story states them (and "the 40th Golden Disc Awards", an
// edition of a ceremony, rules/edition.ts): "“Our Unwritten Seoul,” previously known by
// the working title “UNknown SEOUL”", "“The Crown Prince Has Disappeared” (working title)
// ... premiered under the English title “Missing Crown Prince.”" Read over the whole corpus
// before tagging (tagger.ts), so every story that uses either title finds one entity.
import { editionsOn } from './rules/edition.ts';
import { quotedStrings, type QuotedTitle } from './rules/phrases.ts';
import type { TextLine } from '../read/article-lines.ts';

export interface TitleAlias {
  /** Two titles of one work, in the story's order. */
  titles: [string, string];
  line: number;
}

const TITLE_WORD = String.raw`(?:working|tentative|literal|original|former|English|Korean|new|official|final)`;
/** Between two quoted titles of one work on one line: `“A,” previously known as “B”`. */
const BETWEEN = new RegExp(
  String.raw`^[\s,]*(?:(?:which\s+(?:was|is)\s+)?(?:previously|formerly|originally|once|also)\s+(?:known|titled|called|announced)(?:\s+(?:by|as|under))?(?:\s+(?:the|its|a))?(?:\s+${TITLE_WORD})*(?:\s+title)?|\(\s*(?:${TITLE_WORD}\s+)+title(?:\s*:|\s+of)?|(?:and|or)\s+(?:by\s+)?(?:its|the)\s+(?:${TITLE_WORD}\s+)+title)\s*$`,
  'i',
);
/** Before a title that renames the story's working title: "premiered under the English title". */
const RENAMED = new RegExp(
  String.raw`(?:(?:premiered|aired|airs|released|launched|renamed|retitled|rebranded)(?:\s+\w+)?\s+(?:under|as|with)\s+(?:the|its|a)\s+(?:${TITLE_WORD}\s+)*title|(?:English|official|final|new)\s+title\s+(?:has\s+(?:since\s+)?been|was|is|will\s+be)\s+(?:\w+\s+)?(?:announced|confirmed|revealed|set|changed)\s+(?:as|to)|(?:renamed|retitled)(?:\s+to)?)\s*$`,
  'i',
);
const WORKING = /^\s*\(\s*(?:working|tentative)\s+title\s*\)/i;

const pairsOnLine = (text: string, quotes: QuotedTitle[]) => {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < quotes.length; i++) {
    const [a, b] = [quotes[i]!, quotes[i + 1]!];
    if (BETWEEN.test(text.slice(a.quoteEnd, b.start - 1))) pairs.push([a.title, b.title]);
  }
  return pairs;
};

/** Every pair of titles the article states are one work's, and each ceremony's editions. */
export const titleAliasesIn = (lines: TextLine[]): TitleAlias[] => {
  const found: TitleAlias[] = [];
  let working: string | undefined;
  for (const l of lines) {
    for (const e of editionsOn(l.text))
      found.push({ titles: [e.ceremony, e.edition], line: l.line });
    const quotes = quotedStrings(l.text);
    for (const titles of pairsOnLine(l.text, quotes)) found.push({ titles, line: l.line });
    for (const q of quotes) {
      if (working && working !== q.title && RENAMED.test(l.text.slice(0, q.start - 1)))
        found.push({ titles: [working, q.title], line: l.line });
      if (WORKING.test(l.text.slice(q.quoteEnd))) working ??= q.title;
    }
  }
  return found;
};
