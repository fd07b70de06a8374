// Phase 2 of tagging: each article as numbered, tokenized lines, each with the Korean
// names its shape shows and whether it is a Title Case headline.
import type { ParsedArticle } from '../read/parse.ts';
import { bodyLines } from '../read/article-lines.ts';
import { findKoreanNames } from './korean-name-spans.ts';
import { tokenize } from './names.ts';
import type { RuleLine } from './rules/rule.ts';

export interface PreparedArticle {
  file: string;
  lines: RuleLine[];
}

const isTitleCase = (text: string, isTitle: boolean) => {
  const words = text.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w));
  if (words.length < 3) return false;
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length;
  return isTitle ? capitals >= 0.5 : words.length >= 4 && capitals >= 0.8;
};

export const prepareArticle = (a: ParsedArticle): PreparedArticle => ({
  file: a.file,
  lines: [{ line: a.line, text: a.title }, ...bodyLines(a)].map((l, i) => {
    const tokens = tokenize(l.text);
    const titleCase = isTitleCase(l.text, i === 0);
    return { ...l, tokens, isTitle: i === 0, titleCase, names: findKoreanNames({ text: l.text, tokens, titleCase }) };
  }),
});

/** A position in an article that sorts by line, then by character. */
export const POSITION_PER_LINE = 100_000;
export const positionOf = (lineIndex: number, start: number) => lineIndex * POSITION_PER_LINE + start;
