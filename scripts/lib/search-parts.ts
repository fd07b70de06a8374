// Which part of the full-text index a story's record goes into, and the list of parts the
// browser merges (docs/decisions/0023-search-in-parts.md). Pure: no Pagefind, no files.
//
// Parts follow story dates so that a new story (the newest) lands in a small, recent part
// and older parts keep their records, and so their files, from build to build. Every part
// costs a reader one more index chunk on a first query, so old stories go into few, large
// parts (a year each) and only the newest year is cut finer (a month each): a new story
// re-indexes one month, not the archive.
import { compareText } from '../../src/content/compare.ts';
import type { SearchRecord } from '../../src/prerender/search-record.ts';

/** The part of stories whose date cannot be read: a part of its own. */
export const UNDATED = 'undated';

/** Where the browser finds the list of parts, and each part's Pagefind bundle. */
export const PARTS_LIST = 'pagefind/parts.json';
export const partFolder = (part: string) => `pagefind/parts/${part}/`;

export interface PartsList {
  /** Part names, newest first; the undated part last. The first is Pagefind's primary. */
  parts: string[];
}

/** "2025-03-14T00:00:00+09:00" -> [2025, 3] in UTC; undefined when it is not a date. */
const yearMonth = (date: string | undefined): [number, number] | undefined => {
  if (!date) return undefined;
  const time = Date.parse(date);
  if (Number.isNaN(time)) return undefined;
  const d = new Date(time);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1];
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The part of a story dated `date`, when the newest dated story is in `newestYear`: its
 * month ("2026-03") in that year, its year ("2024") before it. Measured by the record set,
 * not the clock, so the same seeds give the same parts on any day.
 */
export const partOf = (date: string | undefined, newestYear: number | undefined): string => {
  const ym = yearMonth(date);
  if (!ym || newestYear === undefined) return UNDATED;
  const [year, month] = ym;
  // Years of four digits: a date of year 99999 is refused by the pipeline anyway.
  return year >= newestYear ? `${pad(year, 4)}-${pad(month, 2)}` : pad(year, 4);
};

export interface Part {
  name: string;
  /** In the order the build gave them (their positions): Pagefind numbers pages as added. */
  records: SearchRecord[];
}

/** Newest first ("2026-03" > "2026-01" > "2025"), undated last: the list's order. */
const byRecency = (a: string, b: string) =>
  a === UNDATED ? 1 : b === UNDATED ? -1 : compareText(b, a);

/** The records split into parts, newest part first; no part is empty. */
export const splitIntoParts = (records: readonly SearchRecord[]): Part[] => {
  const years = records.map((r) => yearMonth(r.date)?.[0]).filter((y) => y !== undefined);
  const newestYear = years.length ? Math.max(...years) : undefined;
  const parts = new Map<string, SearchRecord[]>();
  for (const record of records) {
    const name = partOf(record.date, newestYear);
    const part = parts.get(name);
    if (part) part.push(record);
    else parts.set(name, [record]);
  }
  return [...parts.keys()].sort(byRecency).map((name) => ({ name, records: parts.get(name)! }));
};

/** The list the browser reads first: which part folders to load and merge. */
export const partsList = (parts: readonly Part[]): PartsList => ({
  parts: parts.map((p) => p.name),
});
