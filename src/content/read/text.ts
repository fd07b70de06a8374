// Line-level text rules shared by the parser and the tagger.

/** Lines a scraped page appends that are not part of the story. */
const TRAILERS = [
  // Source (1), Source[1], Sources [2] (3), SOURCE {3}, Source: (4), Credit 2, Via
  /^(?:sources?|credits?|via)\s*[:\-–—]?\s*(?:(?:[([{<]\s*\d{0,3}\s*[)\]}>]\s*)+|\d{1,3})?$/i,
  // Source: Soompi, Sources: Yonhap, Dispatch (a short credit, not a sentence): dropped from
  // the body, kept as the article's source (creditOf)
  /^[Ss]ources?\s*:\s*[\p{Lu}\p{N}][\p{L}\p{N} &.,'’-]{0,40}$/u,
  /^leave\s+a\s+(?:reply|comment)\.?(?:\s+cancel\s+reply)?$/i,
  /^\d+\s+comments?$/i,
];

/** Zero-width characters that make a blank line look non-blank. */
export const stripInvisible = (s: string) => s.replace(/[\u200b-\u200d\u2060\ufeff]/g, '');

const CREDIT = /^[Ss]ources?\s*:\s*([\p{Lu}\p{N}][\p{L}\p{N} &.,'’-]{0,40})$/u;

/**
 * The outlets a "Source: Soompi, Yonhap" trailer names ("Soompi, Yonhap"), or undefined.
 * Numbered reference trailers ("Source (1)", "Source: [2]") name no one: undefined.
 */
export const creditOf = (line: string) =>
  CREDIT.exec(stripInvisible(line).trim())?.[1]?.replace(/[\s,.]+$/, '');

export const isTrailer = (line: string) => {
  const text = stripInvisible(line).trim();
  return TRAILERS.some((re) => re.test(text));
};

/** "• Title": a bullet that marks the start of an article. */
export const TITLE_BULLET = /^\s*[•●▪]\s*/;

/**
 * "- item", "* item", "• item": a bullet inside a body. Numbered lines ("1. item") are
 * left as they are, numbers included: dropping the number would lose part of the story.
 */
export const LIST_MARKER = /^[-*–·◦•●▪]\s+/;

const OPENING = '“"‘\'';
const CLOSING = '”"’\'';

/**
 * Repairs the quote marks scraped pages get wrong, leaving straight quotes alone:
 * ‘ used as an apostrophe (Netflix‘s), “ used to close a quote (Dead“,), ” used to open one.
 */
export const fixQuotes = (line: string) =>
  !/[‘“”]/.test(line)
    ? line
    : line
        .replace(/(?<=[\p{L}\p{N}])‘(?=\p{L})/gu, '’')
        .replace(/(?<=\S)‘(?=[\s.,;:!?)\]”"]|$)/gu, '’')
        .replace(/(?<=[^\s([{])“(?=[\s.,;:!?)\]’'”]|$)/gu, '”')
        .replace(/(?<=^|[\s([{])”(?=[\p{L}\p{N}])/gu, '“');

/** A line that is one whole quotation: "…" or “…”, nothing outside the marks. */
export const isWhollyQuoted = (line: string) => {
  const first = line[0];
  const last = line.at(-1);
  if (!first || !last || line.length < 3) return false;
  if (!OPENING.includes(first) || !CLOSING.includes(last)) return false;
  const inner = line.slice(1, -1);
  // `"Seven" beat "Payphone"` opens and closes with quotes but is not one quotation.
  if (first === '"') return !inner.includes('"');
  if (first === '“') return !/”\s/.test(inner);
  if (first === "'") return !/'\s|\s'/.test(inner);
  return !/’\s/.test(inner) || first !== '‘';
};

/** A body block as every stage reads it (the contract's Block, the event clusterer's stories). */
export interface BodyBlock {
  lines?: string[];
  items?: string[];
}

/** A block's lines: a list's items, a paragraph's or quote's lines. */
export const blockLines = (block: BodyBlock): string[] => block.items ?? block.lines ?? [];

export const countWords = (text: string) =>
  (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;

/**
 * The words of a story's body (a list's items, a paragraph's lines): what its reading time
 * counts. Counted when the seed is read and kept with it (pipeline.ts), not every build.
 */
export const bodyWords = (body: readonly BodyBlock[]) => {
  let words = 0;
  for (const block of body) for (const line of blockLines(block)) words += countWords(line);
  return words;
};
