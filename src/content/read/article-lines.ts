import type { ParsedArticle } from './parse.ts';

export interface TextLine {
  line: number;
  text: string;
}

/** The body of an article as numbered seed lines (list items count as lines). */
export const bodyLines = (a: ParsedArticle): TextLine[] =>
  a.body.flatMap((block, i) =>
    (block.type === 'list' ? block.items : block.lines).map((text, j) => ({
      line: (a.blockLines[i] ?? a.line) + j,
      text,
    })),
  );
