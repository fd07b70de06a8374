// Splits one seed file's text into articles: a title and a body of typed blocks.
// Every line of the file ends up in exactly one article's title or body, except
// trailers ("Source (1)", "Leave a Reply"), which are dropped. A credit trailer
// ("Source: Soompi") leaves the body too, but is kept as the article's source.
import type { Block } from '../../contract/model.ts';
import {
  LIST_MARKER,
  creditOf,
  TITLE_BULLET,
  fixQuotes,
  isTrailer,
  isWhollyQuoted,
  stripInvisible,
} from './text.ts';
import { DATE_HEADER } from './dates.ts';

export interface ParsedArticle {
  file: string;
  /** 1-based line of the title in the seed file. */
  line: number;
  title: string;
  body: Block[];
  /** 1-based seed line where each body block starts, parallel to `body`. */
  blockLines: number[];
  /** The `Date:` (or `Published:`) header line under the title, as written; not body text. */
  dateHeader?: { line: number; value: string };
  /** Who the story credits, from its "Source: Soompi, Yonhap" trailer: "Soompi, Yonhap". */
  source?: string;
}

interface SourceLine {
  line: number;
  text: string;
}

const isBlank = (s: string | undefined) => s === undefined || stripInvisible(s).trim() === '';

/** A "• Title" line stands alone: blank (or nothing) above it, and no bullet right below. */
const isBulletTitle = (lines: string[], i: number) =>
  TITLE_BULLET.test(lines[i] ?? '') &&
  (i === 0 || isBlank(lines[i - 1]) || isTrailer(lines[i - 1] ?? '')) &&
  !TITLE_BULLET.test(lines[i + 1] ?? '');

const clean = (raw: string) => fixQuotes(stripInvisible(raw).trim());

/** Groups body lines into runs separated by blank lines. */
const runsOf = (lines: SourceLine[]) => {
  const runs: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const l of lines) {
    if (l.text === '') {
      if (current.length) runs.push(current);
      current = [];
    } else current.push(l);
  }
  if (current.length) runs.push(current);
  return runs;
};

const endsWithColon = (s: string | undefined) => !!s && /:\s*$/.test(s);

/** Decides what a run of consecutive lines is. Returns one or two blocks (intro + list). */
const classify = (
  run: SourceLine[],
  previous: Block | undefined,
): { block: Block; line: number }[] => {
  const texts = run.map((l) => l.text);
  const first = run[0]!.line;
  if (texts.every((t) => LIST_MARKER.test(t))) {
    return [
      { block: { type: 'list', items: texts.map((t) => t.replace(LIST_MARKER, '')) }, line: first },
    ];
  }
  if (texts.every(isWhollyQuoted)) return [{ block: { type: 'quote', lines: texts }, line: first }];
  const previousLast = previous?.type === 'paragraph' ? previous.lines.at(-1) : undefined;
  const items = (lines: string[]) => lines.map((t) => t.replace(LIST_MARKER, ''));
  if (texts.length >= 2 && endsWithColon(previousLast)) {
    return [{ block: { type: 'list', items: items(texts) }, line: first }];
  }
  if (texts.length >= 3 && endsWithColon(texts[0])) {
    return [
      { block: { type: 'paragraph', lines: [texts[0]!] }, line: first },
      { block: { type: 'list', items: items(texts.slice(1)) }, line: run[1]!.line },
    ];
  }
  return [{ block: { type: 'paragraph', lines: texts }, line: first }];
};

const toBlocks = (lines: SourceLine[]) => {
  const body: Block[] = [];
  const blockLines: number[] = [];
  for (const run of runsOf(lines)) {
    for (const { block, line } of classify(run, body.at(-1))) {
      body.push(block);
      blockLines.push(line);
    }
  }
  return { body, blockLines };
};

export const parseSeedText = (file: string, text: string): ParsedArticle[] => {
  const lines = text.split('\n');
  const articles: ParsedArticle[] = [];
  let title: SourceLine | undefined;
  let bodyLines: SourceLine[] = [];
  let dateHeader: ParsedArticle['dateHeader'];
  let sources: string[] = [];

  const finish = () => {
    if (!title) return;
    articles.push({
      file,
      line: title.line,
      title: title.text,
      ...toBlocks(bodyLines),
      ...(dateHeader ? { dateHeader } : {}),
      ...(sources.length ? { source: [...new Set(sources)].join(', ') } : {}),
    });
  };

  lines.forEach((raw, i) => {
    const line = i + 1;
    if (isTrailer(raw)) {
      // A dropped trailer still separates what is above it from what is below.
      if (title) bodyLines.push({ line, text: '' });
      const credit = creditOf(raw);
      if (title && credit) sources.push(credit);
      return;
    }
    const startsArticle = title === undefined ? !isBlank(raw) : isBulletTitle(lines, i);
    if (startsArticle) {
      finish();
      title = { line, text: clean(raw.replace(TITLE_BULLET, '')) };
      bodyLines = [];
      dateHeader = undefined;
      sources = [];
      return;
    }
    if (!title) return;
    const text = clean(raw);
    // Only the first line under the title (blank lines aside) can be the date header.
    const header = bodyLines.every((l) => l.text === '') && DATE_HEADER.exec(text);
    if (header && !dateHeader) dateHeader = { line, value: header[2]! };
    else bodyLines.push({ line, text });
  });
  finish();
  return articles;
};
