// How the full-text index is split by story date (scripts/lib/search-parts.ts).
import { describe, expect, it } from 'vitest';
import { partOf, partsList, splitIntoParts, UNDATED } from '../../scripts/lib/search-parts';

const record = (url: string, date?: string) => ({ url, content: `<h1>${url}</h1>`, date });

describe('partOf', () => {
  it('puts the newest year by month and earlier years by year', () => {
    expect(partOf('2026-03-14T00:00:00Z', 2026)).toBe('2026-03');
    expect(partOf('2025-12-31T23:59:00Z', 2026)).toBe('2025');
    expect(partOf('2019-01-01T00:00:00Z', 2026)).toBe('2019');
  });

  it('reads the date in UTC, whatever its offset', () => {
    // 00:30 on 1 January in Seoul is still 2025 in UTC.
    expect(partOf('2026-01-01T00:30:00+09:00', 2026)).toBe('2025');
    expect(partOf('2026-02-01T08:00:00+09:00', 2026)).toBe('2026-01');
  });

  it('sends a missing or unreadable date to the undated part', () => {
    expect(partOf(undefined, 2026)).toBe(UNDATED);
    expect(partOf('', 2026)).toBe(UNDATED);
    expect(partOf('not a date', 2026)).toBe(UNDATED);
    expect(partOf('2026-03-14T00:00:00Z', undefined)).toBe(UNDATED);
  });
});

describe('splitIntoParts', () => {
  const records = [
    record('/a', '2026-11-02T00:00:00Z'),
    record('/b', '2026-11-01T00:00:00Z'),
    record('/c'),
    record('/d', '2026-02-01T00:00:00Z'),
    record('/e', '2024-06-01T00:00:00Z'),
    record('/f', '2025-06-01T00:00:00Z'),
    record('/g', '2024-01-01T00:00:00Z'),
  ];

  it('lists the parts newest first, the undated part last, each record once in its order', () => {
    const parts = splitIntoParts(records);
    expect(parts.map((p) => [p.name, p.records.map((r) => r.url)])).toEqual([
      ['2026-11', ['/a', '/b']],
      ['2026-02', ['/d']],
      ['2025', ['/f']],
      ['2024', ['/e', '/g']],
      [UNDATED, ['/c']],
    ]);
    expect(partsList(parts)).toEqual({ parts: ['2026-11', '2026-02', '2025', '2024', UNDATED] });
  });

  it('changes only the part of a new story of the newest month', () => {
    const before = splitIntoParts(records);
    const after = splitIntoParts([record('/new', '2026-11-03T00:00:00Z'), ...records]);
    const changed = after.filter(
      (p) => JSON.stringify(p) !== JSON.stringify(before.find((b) => b.name === p.name)),
    );
    expect(changed.map((p) => p.name)).toEqual(['2026-11']);
  });

  it('folds the last year into one part when a story of a new year arrives', () => {
    const parts = splitIntoParts([record('/jan', '2027-01-05T00:00:00Z'), ...records]);
    expect(parts.map((p) => p.name)).toEqual(['2027-01', '2026', '2025', '2024', UNDATED]);
  });

  it('makes no part of no records', () => {
    expect(splitIntoParts([])).toEqual([]);
    expect(partsList([])).toEqual({ parts: [] });
  });
});
