import type { ParsedArticle } from './parse.ts';
import { blockLines } from './text.ts';

export interface TextLine {
  line: number;
  text: string;
}

/** The body of an article as numbered seed lines (list items count as lines). */
export const bodyLines = (a: ParsedArticle): TextLine[] =>
  a.body.flatMap((block, i) =>
    blockLines(block).map((text, j) => ({
      line: (a.blockLines[i] ?? a.line) + j,
      text,
    })),
  );
