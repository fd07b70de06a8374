// How the full-text index is split by story date (scripts/lib/search-parts.ts).
import { describe, expect, it } from 'vitest';
import {
  ARCHIVE,
  monthOf,
  partOf,
  partsList,
  splitIntoParts,
  UNDATED,
  type Part,
} from '../../scripts/lib/search-parts';

const record = (url: string, date?: string) => ({ url, content: `<h1>${url}</h1>`, date });

describe('partOf', () => {
  it("puts the newest story's month in a part of its own and every earlier story in the archive", () => {
    expect(partOf('2026-11-14T00:00:00Z', '2026-11')).toBe('2026-11');
    expect(partOf('2026-10-31T23:59:00Z', '2026-11')).toBe(ARCHIVE);
    expect(partOf('2019-01-01T00:00:00Z', '2026-11')).toBe(ARCHIVE);
  });

  it('reads the date in UTC, whatever its offset', () => {
    // 00:30 on 1 November in Seoul is still October in UTC.
    expect(monthOf('2026-11-01T00:30:00+09:00')).toBe('2026-10');
    expect(monthOf('2026-11-01T09:00:00+09:00')).toBe('2026-11');
  });

  it('sends a missing or unreadable date to the undated part', () => {
    expect(partOf(undefined, '2026-11')).toBe(UNDATED);
    expect(partOf('', '2026-11')).toBe(UNDATED);
    expect(partOf('not a date', '2026-11')).toBe(UNDATED);
    expect(partOf('2026-11-14T00:00:00Z', undefined)).toBe(UNDATED);
  });
});

describe('splitIntoParts', () => {
  const records = [
    record('/a', '2026-11-02T00:00:00Z'),
    record('/b', '2026-11-01T00:00:00Z'),
    record('/c'),
    record('/d', '2026-02-01T00:00:00Z'),
    record('/e', '2024-06-01T00:00:00Z'),
  ];
  const names = (parts: Part[]) => parts.map((p) => [p.name, p.records.map((r) => r.url)]);
  /** The names of the parts whose records differ between two splits. */
  const changed = (before: Part[], after: Part[]) =>
    after
      .filter((p) => JSON.stringify(p) !== JSON.stringify(before.find((b) => b.name === p.name)))
      .map((p) => p.name);

  it('lists the recent month, the archive and the undated part, each record once in its order', () => {
    const parts = splitIntoParts(records);
    expect(names(parts)).toEqual([
      ['2026-11', ['/a', '/b']],
      [ARCHIVE, ['/d', '/e']],
      [UNDATED, ['/c']],
    ]);
    expect(partsList(parts)).toEqual({ parts: ['2026-11', ARCHIVE, UNDATED] });
  });

  it('changes only the recent part when a story of the newest month arrives', () => {
    const before = splitIntoParts(records);
    const after = splitIntoParts([record('/new', '2026-11-03T00:00:00Z'), ...records]);
    expect(changed(before, after)).toEqual(['2026-11']);
  });

  it('changes only the archive when an old story is edited', () => {
    const before = splitIntoParts(records);
    const edited = records.map((r) => (r.url === '/e' ? { ...r, content: 'edited' } : r));
    expect(changed(before, splitIntoParts(edited))).toEqual([ARCHIVE]);
  });

  it('moves the last month into the archive when a story of a new month arrives', () => {
    const parts = splitIntoParts([record('/dec', '2026-12-05T00:00:00Z'), ...records]);
    expect(names(parts)).toEqual([
      ['2026-12', ['/dec']],
      [ARCHIVE, ['/a', '/b', '/d', '/e']],
      [UNDATED, ['/c']],
    ]);
  });

  it('makes no part of no records, and one undated part of undated ones', () => {
    expect(splitIntoParts([])).toEqual([]);
    expect(partsList([])).toEqual({ parts: [] });
    expect(names(splitIntoParts([record('/x')]))).toEqual([[UNDATED, ['/x']]]);
  });
});

describe('an archive of more stories than the limit', () => {
  /** `count` stories of each month given, and one of the newest month, 2026-11. */
  const corpus = (months: Record<string, number>) => [
    record('/newest', '2026-11-20T00:00:00Z'),
    ...Object.entries(months).flatMap(([month, count]) =>
      Array.from({ length: count }, (_, i) => record(`/${month}/${i}`, `${month}-10T00:00:00Z`)),
    ),
  ];
  const sizes = (parts: Part[]) => parts.map((p) => [p.name, p.records.length]);

  it('stays one archive part up to the limit', () => {
    const parts = splitIntoParts(corpus({ '2024-01': 3, '2025-01': 3 }), 6);
    expect(sizes(parts)).toEqual([
      ['2026-11', 1],
      [ARCHIVE, 6],
    ]);
  });

  it('is cut into whole years, oldest first, newest part first in the list', () => {
    const parts = splitIntoParts(
      corpus({ '2021-05': 2, '2022-05': 2, '2023-05': 3, '2024-05': 1, '2025-05': 2 }),
      4,
    );
    expect(sizes(parts)).toEqual([
      ['2026-11', 1],
      ['archive-2025', 2],
      ['archive-2023-2024', 4],
      ['archive-2021-2022', 4],
    ]);
    // No story twice, none lost.
    expect(parts.flatMap((p) => p.records).length).toBe(11);
  });

  it('cuts a year over the limit into its months', () => {
    const parts = splitIntoParts(
      corpus({ '2024-01': 2, '2024-02': 2, '2024-03': 2, '2025-01': 1 }),
      4,
    );
    expect(sizes(parts)).toEqual([
      ['2026-11', 1],
      ['archive-2024-03-2025', 3],
      ['archive-2024-01-2024-02', 4],
    ]);
  });

  it('keeps its older parts as they were when last month moves into the archive', () => {
    const months = { '2021-05': 2, '2022-05': 2, '2023-05': 3, '2024-05': 1, '2025-05': 2 };
    const before = splitIntoParts(corpus(months), 4);
    // A story of December: November's story joins the archive's newest part.
    const after = splitIntoParts(
      [record('/december', '2026-12-01T00:00:00Z'), ...corpus(months)],
      4,
    );
    const same = (name: string) =>
      JSON.stringify(before.find((p) => p.name === name)) ===
      JSON.stringify(after.find((p) => p.name === name));
    expect(same('archive-2021-2022')).toBe(true);
    expect(same('archive-2023-2024')).toBe(true);
    expect(after.map((p) => p.name)).toEqual([
      '2026-12',
      'archive-2025-2026',
      'archive-2023-2024',
      'archive-2021-2022',
    ]);
  });
});
