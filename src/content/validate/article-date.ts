// An article's date, and the dates no reader or feed should get: one that is not a date, one
// a feed cannot write, and (a warning) one far ahead of the build, which would pin the
// story to the top of every list until that day.
import type { ParsedArticle } from '../read/parse.ts';
import { parseIsoDate } from '../read/dates.ts';
import type { Problem } from '../problems.ts';

export interface SeedDate {
  /** ISO 8601: the file's first commit, or its modification time when git has no history of it. */
  added: string;
  /** ISO 8601: the last commit that changed the file, when later than its first. */
  changed?: string;
  /** True when `added` is the modification time: a date that moves with a copy or an edit. */
  provisional?: boolean;
}

export interface ArticleDate {
  date: string;
  modified?: string;
}

const DAY = 864e5;
/**
 * RSS writes dates as RFC 822 with a four-digit year ("Fri, 31 Dec 9999 23:59:59 GMT") and
 * JSON Feed as RFC 3339 (years 0000-9999): the last instant either can say, in UTC.
 */
const LAST_FEED_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59);

const pad = (n: number) => String(n).padStart(2, '0');
/** "10000-01-01T04:00Z": toISOString would write "+010000-...". */
const utcMinute = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}Z`;
};

type Dated = ArticleDate & { warning?: Problem };

/**
 * An article's date: its own header line, else its file's. A malformed line, or one no feed
 * can carry, is a problem; a header more than a day ahead of `now` (when given) a warning.
 */
export const articleDate = (
  article: ParsedArticle,
  seed: SeedDate,
  now?: number,
): Dated | { problem: Problem } => {
  const header = article.dateHeader;
  const date = header ? parseIsoDate(header.value) : seed.added;
  const at = (message: string) => ({
    file: article.file,
    line: header?.line ?? article.line,
    message,
  });
  if (!date) {
    return {
      problem: at(
        `date "${header!.value}" is not a date: write it as 2025-03-14, 2025-03-14T09:30+09:00 with a time, or March 14, 2025`,
      ),
    };
  }
  const instant = Date.parse(date);
  if (instant > LAST_FEED_INSTANT) {
    return {
      problem: at(
        `date "${header?.value ?? date}" is ${utcMinute(instant)} in UTC: feeds (RSS, JSON Feed) cannot carry a year after 9999`,
      ),
    };
  }
  const modified = seed.changed && Date.parse(seed.changed) > instant ? seed.changed : undefined;
  const dated: Dated = modified ? { date, modified } : { date };
  if (header && now !== undefined && instant - now > DAY) {
    const days = Math.floor((instant - now) / DAY);
    const today = new Date(now).toISOString().slice(0, 10);
    dated.warning = at(
      `date "${header.value}" is ${days} days ahead of the build (${today}): the story stays at the top of every list until then; check the year`,
    );
  }
  return dated;
};
