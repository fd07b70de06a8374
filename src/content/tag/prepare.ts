// Phase 2 of tagging: each article as numbered, tokenized lines, each with the Korean
// names its shape shows and whether it is a Title Case headline.
import type { ParsedArticle } from '../read/parse.ts';
import { bodyLines, type TextLine } from '../read/article-lines.ts';
import { findKoreanNames } from './korean-name-spans.ts';
import { tokenize, type Token } from '../names/names.ts';
import type { RuleLine } from './rules/rule.ts';

export interface PreparedArticle {
  file: string;
  lines: RuleLine[];
}

/**
 * The longest run of capitalised words with only spaces between them: a list of names
 * ("Album Bonsang – NCT WISH, ATEEZ, IVE, Stray Kids") has short runs, a Title Case
 * sentence long ones.
 */
const longestCapitalRun = (text: string, tokens: Token[]) => {
  let run = 0;
  let longest = 0;
  tokens.forEach((t, i) => {
    const capital = t.raw[0] !== t.raw[0]!.toLowerCase();
    const spaced = i > 0 && /^ +$/.test(text.slice(tokens[i - 1]!.end, t.start));
    run = capital ? (spaced ? run + 1 : 1) : 0;
    longest = Math.max(longest, run);
  });
  return longest;
};

const isTitleCase = (tokens: Token[], isTitle: boolean, text = '') => {
  if (!isTitle && longestCapitalRun(text, tokens) < 4) return false;
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

/** The headline and the body as numbered seed lines: what prepared lines are made of. */
export const linesOf = (a: ParsedArticle): TextLine[] => [
  { line: a.line, text: a.title },
  ...bodyLines(a),
];

/** `orgWords`: one-word names of the knowledge's networks, agencies and groups (lowercase). */
export const prepareArticle = (
  a: ParsedArticle,
  orgWords: ReadonlySet<string> = new Set(),
  lines: TextLine[] = linesOf(a),
): PreparedArticle => ({
  file: a.file,
  lines: lines.map((l, i) => {
    const tokens = tokenize(l.text);
    const titleCase = isTitleCase(tokens, i === 0, l.text);
    return {
      ...l,
      tokens,
      isTitle: i === 0,
      titleCase,
      names: findKoreanNames({ text: l.text, tokens, titleCase }, orgWords),
    };
  }),
});

/** A position in an article that sorts by line, then by character. */
export const POSITION_PER_LINE = 10_000_000;
export const positionOf = (lineIndex: number, start: number) =>
  lineIndex * POSITION_PER_LINE + start;
