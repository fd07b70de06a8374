// Which part of the full-text index a story's record goes into, and the list of parts the
// browser merges (docs/decisions/0023-search-in-parts.md). Pure: no Pagefind, no files.
//
// Parts follow story dates so that a new story (the newest) lands in a small, recent part
// while the others keep their records, and so their files, from build to build. Every part
// costs a reader's first query one more index chunk per word (Pagefind cuts an index into
// chunks of 20,000 word locations, ~11 KB gzip, however small the part) and its entry: at
// 10,000 stories, a part a year and a month each in the newest year (16 parts) took a
// first query from 263 to 565 KB. So there are two parts: the month of the newest story,
// which a new story re-indexes (~140 stories at 10,000), and the archive of every earlier
// story, re-indexed when a story of a new month arrives (once a month) or an old story
// changes (past the limit below: the archive part that holds it, and later ones only if
// their boundaries move). Stories whose date cannot be read have a part of their own.
// An archive of more than ARCHIVE_LIMIT stories is cut into parts of whole years, oldest
// first, each up to the limit (a year over the limit alone, into its months): Pagefind held
// 7.1 GB indexing one archive of 99,858 stories. Cut from the oldest, the parts keep their
// stories as new ones arrive: only the newest archive part grows, until the next begins.
import { compareText } from '../../src/content/compare.ts';
import type { SearchRecord } from '../../src/prerender/search-record.ts';

/** The part of stories whose date cannot be read: a part of its own. */
export const UNDATED = 'undated';

/** Where the browser finds the list of parts, and each part's Pagefind bundle. */
export const PARTS_LIST = 'pagefind/parts.json';
export const partFolder = (part: string) => `pagefind/parts/${part}/`;

export interface PartsList {
  /** Part names: the recent month, the archive parts, the undated part. The first is Pagefind's primary. */
  parts: string[];
}

/** The part of every story before the newest story's month (while they are few enough). */
export const ARCHIVE = 'archive';
/** The most stories in one archive part: a few hundred MB of Pagefind's memory per 5,000. */
export const ARCHIVE_LIMIT = 20_000;

/** "2025-03-14T00:00:00+09:00" -> "2025-03" (in UTC); undefined when it is not a date. */
export const monthOf = (date: string | undefined): string | undefined => {
  if (!date) return undefined;
  const time = Date.parse(date);
  if (Number.isNaN(time)) return undefined;
  const d = new Date(time);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

/**
 * The part of a story dated `date` when the newest dated story is of `newestMonth`: that
 * month ("2026-11"), or the archive. Taken from the records, not the clock, so the same
 * seeds give the same parts on any day.
 */
export const partOf = (date: string | undefined, newestMonth: string | undefined): string => {
  const month = monthOf(date);
  if (!month || !newestMonth) return UNDATED;
  return month >= newestMonth ? month : ARCHIVE;
};

export interface Part<T extends Dated = SearchRecord> {
  name: string;
  /** In the order the build gave them (their positions): Pagefind numbers pages as added. */
  records: T[];
}

/** What a part is chosen by: a record, or what the build knows of one before making it. */
export type Dated = Pick<SearchRecord, 'date'>;

/** Newest first: the recent month, the archive parts, the undated part: the list's order. */
const RANK = (name: string) => (name === UNDATED ? 2 : name.startsWith(ARCHIVE) ? 1 : 0);

/**
 * The archive part of each unit (a year, "2021", or a month, "2021-03", of a year over the
 * limit): one ARCHIVE while the archive holds `limit` stories or fewer; else units grouped
 * oldest first, a group closed when the next unit would take it past the limit, named by
 * its first and last unit ("archive-2015-2021", or "archive-2022" for one).
 */
const archiveParts = (months: Map<string, number>, limit: number) => {
  const total = [...months.values()].reduce((a, b) => a + b, 0);
  const years = new Map<string, number>();
  for (const [month, count] of months)
    years.set(month.slice(0, 4), (years.get(month.slice(0, 4)) ?? 0) + count);
  const units = new Map<string, number>();
  for (const [month, count] of [...months].sort(([a], [b]) => compareText(a, b))) {
    const year = month.slice(0, 4);
    if (years.get(year)! > limit) units.set(month, count);
    else units.set(year, (units.get(year) ?? 0) + count);
  }
  const partOfUnit = new Map<string, string>();
  if (total <= limit) {
    for (const unit of units.keys()) partOfUnit.set(unit, ARCHIVE);
    return partOfUnit;
  }
  let group: string[] = [];
  let size = 0;
  const close = () => {
    const name = `${ARCHIVE}-${group[0]}${group.length > 1 ? `-${group.at(-1)}` : ''}`;
    for (const unit of group) partOfUnit.set(unit, name);
    [group, size] = [[], 0];
  };
  for (const [unit, count] of units) {
    if (group.length && size + count > limit) close();
    group.push(unit);
    size += count;
  }
  if (group.length) close();
  return partOfUnit;
};

/** The records split into parts, recent part first; no part is empty. */
export const splitIntoParts = <T extends Dated>(
  records: readonly T[],
  limit = ARCHIVE_LIMIT,
): Part<T>[] => {
  // Months as "YYYY-MM" sort as text.
  const monthsOf = records.map((r) => monthOf(r.date));
  const newestMonth = monthsOf.reduce<string | undefined>(
    (a, m) => (m === undefined || (a && a > m) ? a : m),
    undefined,
  );
  const names = records.map((r) => partOf(r.date, newestMonth));
  // How many archive stories each month holds, for cutting the archive.
  const archiveMonths = new Map<string, number>();
  names.forEach((name, i) => {
    if (name === ARCHIVE)
      archiveMonths.set(monthsOf[i]!, (archiveMonths.get(monthsOf[i]!) ?? 0) + 1);
  });
  const archive = archiveParts(archiveMonths, limit);
  const parts = new Map<string, T[]>();
  records.forEach((record, i) => {
    const month = monthsOf[i]!;
    const name =
      names[i] === ARCHIVE ? (archive.get(month) ?? archive.get(month.slice(0, 4)))! : names[i]!;
    const part = parts.get(name);
    if (part) part.push(record);
    else parts.set(name, [record]);
  });
  return [...parts.keys()]
    .sort((a, b) => RANK(a) - RANK(b) || (RANK(a) === 1 ? compareText(b, a) : compareText(a, b)))
    .map((name) => ({ name, records: parts.get(name)! }));
};

/** The list the browser reads first: which part folders to load and merge. */
export const partsList = (parts: readonly Pick<Part, 'name'>[]): PartsList => ({
  parts: parts.map((p) => p.name),
});
