// Publication dates: the optional `Date:` header line of an article, and how dates compare.
// A date is kept as an ISO 8601 string in its own offset ("2025-03-14T09:30:00+09:00"), so
// the calendar day a reader sees is the one the editor wrote, on every machine.

/** `Date: ...` or `Published: ...` right under a title. */
export const DATE_HEADER = /^\s*(date|published)\s*:\s*(.*?)\s*$/i;

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

const pad = (n: number) => String(n).padStart(2, '0');

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`;
/** "April 14, 2026", "Tue, April 14, 2026", "14 April 2026": scraped pages write dates so. */
const MONTH_FIRST = new RegExp(
  String.raw`^${WEEKDAY}${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`,
  'i',
);
const DAY_FIRST = new RegExp(
  String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})$`,
  'i',
);

/** A date written out in English as its ISO form (which the caller then checks); else as is. */
const writtenAsIso = (value: string) => {
  const first = MONTH_FIRST.exec(value);
  const dayFirst = first ? undefined : DAY_FIRST.exec(value);
  const [month, day, year] = first
    ? [first[1]!, first[2]!, first[3]!]
    : dayFirst
      ? [dayFirst[2]!, dayFirst[1]!, dayFirst[3]!]
      : [];
  if (!month) return value;
  const n = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  return `${year}-${pad(n)}-${pad(Number(day))}`;
};

/**
 * The ISO 8601 form of a header value, or undefined when it is not a real date.
 * A date without a time is midnight UTC; a time without an offset is UTC.
 */
export const parseIsoDate = (value: string): string | undefined => {
  const m = ISO_DATE.exec(writtenAsIso(value.trim()));
  if (!m) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day || year < 1900) return;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  let offset = 'Z';
  if (zone && zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    const oh = Number(digits.slice(1, 3));
    const om = Number(digits.slice(3, 5));
    if (oh > 14 || om > 59) return undefined;
    offset = oh === 0 && om === 0 ? 'Z' : `${digits[0]}${pad(oh)}:${pad(om)}`;
  }
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`;
};

/** An instant as ISO 8601 in UTC, whole seconds: for git and file-system times. */
export const isoFromTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Git's strict ISO dates (%cI) in the same form as a header's: "+00:00" is "Z". */
export const normalizeIso = (iso: string) => parseIsoDate(iso) ?? iso;

/** Newest first; equal instants keep their given order (sort is stable). */
export const newestFirst = (a: string, b: string) => Date.parse(b) - Date.parse(a);
