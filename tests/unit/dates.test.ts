// Where a story's date comes from (its Date: line, its file's first commit, its file's
// modification time), the precedence, the error for a malformed line, and the order.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, utimesSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline, type SeedInput } from '../../src/content/pipeline.ts';
import { parseIsoDate } from '../../src/content/read/dates.ts';
import { gitDatesFromLog, readGitDates } from '../../src/content/read/git-dates.ts';
import { loadSeeds } from '../../src/content/load-seeds.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { ROOT, SEEDS, bytes, corpusOf, input } from './support.ts';

const seed = (path: string, text: string, added?: string): SeedInput => ({
  path,
  bytes: bytes(text),
  ...(added ? { date: { added } } : {}),
});

describe('Date: line', () => {
  it('accepts ISO dates, with a time and an offset, and keeps the calendar day written', () => {
    expect(parseIsoDate('2025-03-14')).toBe('2025-03-14T00:00:00Z');
    expect(parseIsoDate('2025-03-14T09:30+09:00')).toBe('2025-03-14T09:30:00+09:00');
    expect(parseIsoDate('2025-03-14 09:30:15Z')).toBe('2025-03-14T09:30:15Z');
    expect(parseIsoDate('2025-03-14T09:30:15.250-0500')).toBe('2025-03-14T09:30:15-05:00');
    expect(parseIsoDate('2025-03-14T23:00+00:00')).toBe('2025-03-14T23:00:00Z');
    for (const bad of [
      'February 30, 2025',
      'Smarch 14, 2025',
      '2025-02-30',
      '2025-13-01',
      '14/03/2025',
      '2025-03-14T25:00',
      '',
    ])
      expect(parseIsoDate(bad), bad).toBeUndefined();
  });

  it('accepts a date written out in English, as scraped pages write it (decision 0017)', () => {
    expect(parseIsoDate('March 14, 2025')).toBe('2025-03-14T00:00:00Z');
    expect(parseIsoDate('December 2, 2026')).toBe('2026-12-02T00:00:00Z');
    expect(parseIsoDate('Tue, Apr. 14, 2026')).toBe('2026-04-14T00:00:00Z');
    expect(parseIsoDate('14 April 2026')).toBe('2026-04-14T00:00:00Z');
    expect(parseIsoDate('Sept 3rd, 2025')).toBe('2025-09-03T00:00:00Z');
  });

  it('is metadata under the title, not body text; Published: works too', () => {
    const [a, b] = corpusOf([
      seed(
        'seeds/x.txt',
        '• First\n\nDate: 2025-03-14\n\nBody one.\n\n• Second\nPublished: 2024-01-02T10:00+09:00\n\nBody two.\nDate: 2000-01-01\n',
      ),
    ]).articles;
    expect(a).toMatchObject({ title: 'First', date: '2025-03-14T00:00:00Z' });
    expect(a!.body).toEqual([{ type: 'paragraph', lines: ['Body one.'] }]);
    expect(b).toMatchObject({ title: 'Second', date: '2024-01-02T10:00:00+09:00' });
    // Only the line right under the title is the header; further down it is text.
    expect(b!.body).toEqual([{ type: 'paragraph', lines: ['Body two.', 'Date: 2000-01-01'] }]);
  });

  it('a malformed line is an error at its line, every one listed', () => {
    const result = runPipeline(
      input([
        seed(
          'seeds/a.txt',
          '• One\n\nDate: March 32, 2025\n\nBody.\n\n• Two\n\nDate: 2025-02-30\n\nBody.\n',
        ),
        seed('seeds/b.txt', 'Three\nPublished: yesterday\n\nBody.\n'),
      ]),
    );
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'seeds/a.txt:3: date "March 32, 2025" is not a date: write it as 2025-03-14, 2025-03-14T09:30+09:00 with a time, or March 14, 2025',
      'seeds/a.txt:9: date "2025-02-30" is not a date: write it as 2025-03-14, 2025-03-14T09:30+09:00 with a time, or March 14, 2025',
      'seeds/b.txt:2: date "yesterday" is not a date: write it as 2025-03-14, 2025-03-14T09:30+09:00 with a time, or March 14, 2025',
    ]);
  });
});

describe('dates out of range', () => {
  const NOW = Date.parse('2026-12-07T04:00:00Z');
  const dated = (text: string, now?: number) =>
    runPipeline({ ...input([seed('seeds/a.txt', text)]), ...(now === undefined ? {} : { now }) });

  it('warns, naming file and line, for a date more than a day ahead of now', () => {
    const result = dated(
      '• Soon\nDate: 2030-01-01\n\nBody.\n\n• Today\n\nDate: 2026-12-08T03:00Z\n\nBody.\n',
      NOW,
    );
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.corpus.warnings.map(formatProblem)).toEqual([
      'seeds/a.txt:2: date "2030-01-01" is 1120 days ahead of the build (2026-12-07): the story stays at the top of every list until then; check the year',
    ]);
    // The clock is the caller's: without one, nothing is compared with it.
    const timeless = dated('• Soon\nDate: 2030-01-01\n\nBody.\n');
    expect(timeless.ok && timeless.corpus.warnings).toEqual([]);
  });

  it('accepts 9999-12-31 with a warning, and refuses a date no feed can carry', () => {
    const last = dated('• Last\nDate: 9999-12-31\n\nBody.\n', NOW);
    expect(last.ok && last.corpus.warnings.map(formatProblem)).toEqual([
      expect.stringMatching(/^seeds\/a\.txt:2: date "9999-12-31" is \d+ days ahead/),
    ]);
    const over = dated(
      '• Over\nDate: 9999-12-31T23:00-05:00\n\nBody.\n\n• Fine\n\nDate: 9999-12-31T23:00+09:00\n\nBody.\n',
      NOW,
    );
    expect(over.ok ? [] : over.problems.map(formatProblem)).toEqual([
      'seeds/a.txt:2: date "9999-12-31T23:00-05:00" is 10000-01-01T04:00Z in UTC: feeds (RSS, JSON Feed) cannot carry a year after 9999',
    ]);
  });
});

describe('precedence and order', () => {
  it('a Date: line wins over the file date; the others share their file’s date', () => {
    const corpus = corpusOf([
      seed(
        'seeds/a.txt',
        '• Old\n\nDate: 2020-05-01\n\nBody.\n\n• Plain A\n\nBody.\n',
        '2024-06-01T12:00:00Z',
      ),
      seed('seeds/b.txt', 'Plain B\n\nBody.\n', '2025-01-01T00:00:00+09:00'),
    ]);
    expect(corpus.articles.map((a) => [a.title, a.date, a.ordinal])).toEqual([
      ['Plain B', '2025-01-01T00:00:00+09:00', 2],
      ['Plain A', '2024-06-01T12:00:00Z', 1],
      ['Old', '2020-05-01T00:00:00Z', 0],
    ]);
    expect(corpus.provisional).toEqual([]);
  });

  it('newest first by instant, not by the text; ties keep seed order', () => {
    const corpus = corpusOf([
      seed('seeds/c.txt', '• C1\n\nBody.\n\n• C2\n\nBody.\n', '2025-03-14T00:00:00Z'),
      // 09:00 in Seoul is midnight UTC: the same instant as c.txt, so seed order decides.
      seed('seeds/a.txt', '• A1\n\nDate: 2025-03-14T09:00+09:00\n\nBody.\n', '2020-01-01'),
      seed(
        'seeds/b.txt',
        '• B1\n\nDate: 2025-03-14T01:00Z\n\nBody.\n\n• B2\n\nBody.\n',
        '2019-01-01',
      ),
    ]);
    expect(corpus.articles.map((a) => a.title)).toEqual(['B1', 'A1', 'C1', 'C2', 'B2']);
    // Ordinals count from the oldest story, so a new story leaves the others' alone.
    expect(corpus.articles.map((a) => a.ordinal)).toEqual([4, 3, 2, 1, 0]);
  });

  it('flags files dated by modification time, unless each story has its own date', () => {
    const corpus = runPipeline(
      input([
        {
          ...seed('seeds/a.txt', 'A\n\nBody.\n'),
          date: { added: '2025-01-01T00:00:00Z', provisional: true },
        },
        {
          ...seed('seeds/b.txt', 'B\nDate: 2025-01-02\n\nBody.\n'),
          date: { added: '2025-01-01T00:00:00Z', provisional: true },
        },
      ]),
    );
    expect(corpus.ok && corpus.corpus.provisional).toEqual(['seeds/a.txt']);
  });

  it('a later change of the file is the modified date', () => {
    const [a, b] = corpusOf([
      {
        ...seed('seeds/a.txt', '• A\n\nBody.\n\n• B\n\nDate: 2025-06-01\n\nBody.\n'),
        date: { added: '2025-01-01T00:00:00Z', changed: '2025-02-01T00:00:00Z' },
      },
    ]).articles;
    expect(a).toMatchObject({ title: 'B', date: '2025-06-01T00:00:00Z' });
    expect(a!.modified).toBeUndefined();
    expect(b).toMatchObject({ title: 'A', modified: '2025-02-01T00:00:00Z' });
  });
});

describe('git dates', () => {
  it('reads one log: first addition through renames, last content change', () => {
    const log = [
      '\u00012025-05-01T10:00:00+09:00',
      'M\tb.txt',
      '\u00012025-04-01T00:00:00+00:00',
      'R100\told-b.txt\tb.txt',
      '\u00012025-03-01T00:00:00Z',
      'A\tc.txt',
      'M\told-b.txt',
      '\u00012025-02-01T00:00:00Z',
      'A\told-b.txt',
      'A\tgone.txt',
    ].join('\n');
    expect(Object.fromEntries(gitDatesFromLog(log, ['b.txt', 'c.txt', 'new.txt']))).toEqual({
      'b.txt': { added: '2025-02-01T00:00:00Z', changed: '2025-05-01T10:00:00+09:00' },
      'c.txt': { added: '2025-03-01T00:00:00Z', changed: '2025-03-01T00:00:00Z' },
    });
  });

  it('dates the seeds from the project’s history in one call', async () => {
    const names = ['000_ee7f1141ed4cba78.txt', '001_161bbc24f8afda0b.txt'];
    const dates = await readGitDates(SEEDS, names);
    for (const name of names) expect(dates.get(name)?.added).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('falls back to the modification time outside git, or for a file not committed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dated-'));
    copyFileSync(join(SEEDS, 'entities.json'), join(dir, 'entities.json'));
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args],
        {
          cwd: dir,
          env: {
            ...process.env,
            GIT_COMMITTER_DATE: '2024-02-03T04:05:06+09:00',
            GIT_AUTHOR_DATE: '2024-02-03T04:05:06+09:00',
          },
        },
      );
    writeFileSync(join(dir, 'a.txt'), 'A\n\nBody.\n');
    const mtime = new Date('2023-01-02T03:04:05Z');
    utimesSync(join(dir, 'a.txt'), mtime, mtime);
    const before = await loadSeeds(ROOT, dir);
    expect(before.seeds[0]!.date).toEqual({ added: '2023-01-02T03:04:05Z', provisional: true });

    git('init', '-q');
    git('add', 'a.txt');
    git('commit', '-q', '-m', 'a');
    writeFileSync(join(dir, 'b.txt'), 'B\n\nBody.\n');
    const after = await loadSeeds(ROOT, dir);
    expect(after.seeds.map((s) => [s.path.split('/').pop(), s.date?.provisional ?? false])).toEqual(
      [
        ['a.txt', false],
        ['b.txt', true],
      ],
    );
    expect(after.seeds[0]!.date?.added).toBe('2024-02-03T04:05:06+09:00');
  });
});
