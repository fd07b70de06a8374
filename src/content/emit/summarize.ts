// Derived fields of an article for list views: excerpt, reading time, plain text.
import type { ArticleSummary, Block, ReportLink } from '../../contract/model.ts';
import type { Article } from '../pipeline.ts';
import { bodyFacts } from '../read/body-facts.ts';
import { blockLines } from '../read/text.ts';

const EXCERPT_LENGTH = 200;
const WORDS_PER_MINUTE = 200;

/** The body as plain text: a block's lines on their own lines, blocks separated by a blank line. */
export const plainText = (body: Block[]) => body.map((b) => blockLines(b).join('\n')).join('\n\n');

export const excerptOf = (body: Block[]) => {
  const first = body.find((b) => b.type === 'paragraph') ?? body[0];
  const text = first ? blockLines(first).join(' ') : '';
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_LENGTH / 2)).replace(/[\s,;:.—-]+$/, '')}…`;
};

/** From the body's words, counted when its seed was read (read/body-facts.ts). */
export const readingMinutes = (body: Block[]) =>
  Math.max(1, Math.ceil(bodyFacts(body).words / WORDS_PER_MINUTE));

/** A story as one report of its event: what a list's "N reports" and a story page name. */
export const reportLink = (a: Article): ReportLink => ({
  slug: a.slug,
  title: a.title,
  ...(a.source ? { source: a.source } : {}),
});

/** `reports`: every report of the story's event, earliest first, when there are several (else undefined). */
export const summaryOf = (a: Article, reports?: ReportLink[]): ArticleSummary => ({
  slug: a.slug,
  title: a.title,
  excerpt: excerptOf(a.body),
  readingMinutes: readingMinutes(a.body),
  ordinal: a.ordinal,
  date: a.date,
  tags: a.tags,
  ...(reports ? { reports } : {}),
});
