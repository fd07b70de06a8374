// Line-level text rules shared by the parser and the tagger.

/** Lines a scraped page appends that are not part of the story. */
const TRAILER =
  /^(?:sources?|credits?|via)\s*[:\-–—]?\s*(?:[([{<]\s*\d{0,3}\s*[)\]}>]|\d{1,3})?\s*$|^leave\s+a\s+(?:reply|comment)\.?$|^\d+\s+comments?$/i;

export const isTrailer = (line: string) => TRAILER.test(line.trim());

/** "• Title": a bullet that marks the start of an article. */
export const TITLE_BULLET = /^\s*[•●▪]\s*/;

/** "- item", "* item", "1. item": a list marker inside a body. */
export const LIST_MARKER = /^(?:[-*–·◦]|\d{1,2}[.)])\s+/;

const OPENING = '“"‘\'';
const CLOSING = '”"’\'';

/**
 * Repairs the quote marks scraped pages get wrong, leaving straight quotes alone:
 * ‘ used as an apostrophe (Netflix‘s), “ used to close a quote (Dead“,), ” used to open one.
 */
export const fixQuotes = (line: string) =>
  line
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
  return !/’\s/.test(inner) || first !== '‘';
};

export const countWords = (text: string) =>
  (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;
