// Phase 2 of tagging: each article as numbered, tokenized lines, each with the Korean
// names its shape shows and whether it is a Title Case headline.
import type { ParsedArticle } from '../read/parse.ts';
import { bodyLines } from '../read/article-lines.ts';
import { findKoreanNames } from './korean-name-spans.ts';
import { tokenize, type Token } from './names.ts';
import type { RuleLine } from './rules/rule.ts';

export interface PreparedArticle {
  file: string;
  lines: RuleLine[];
}

const isTitleCase = (tokens: Token[], isTitle: boolean) => {
  let words = 0;
  let capitals = 0;
  for (const t of tokens) {
    const first = t.raw[0]!;
    if (first >= '0' && first <= '9') continue;
    words++;
    if (first !== first.toLowerCase()) capitals++;
  }
  if (words < 3) return false;
  return isTitle ? capitals / words >= 0.5 : words >= 4 && capitals / words >= 0.8;
};

export const prepareArticle = (a: ParsedArticle): PreparedArticle => ({
  file: a.file,
  lines: [{ line: a.line, text: a.title }, ...bodyLines(a)].map((l, i) => {
    const tokens = tokenize(l.text);
    const titleCase = isTitleCase(tokens, i === 0);
    return {
      ...l,
      tokens,
      isTitle: i === 0,
      titleCase,
      names: findKoreanNames({ text: l.text, tokens, titleCase }),
    };
  }),
});

/** A position in an article that sorts by line, then by character. */
export const POSITION_PER_LINE = 10_000_000;
export const positionOf = (lineIndex: number, start: number) =>
  lineIndex * POSITION_PER_LINE + start;
