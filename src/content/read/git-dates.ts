// When each seed file entered the project, from git: one `git log` over the whole seeds
// folder (not one per file), so 10,000 files cost one process. A file's date is the commit
// that added it, followed through renames (what `git log --follow --diff-filter=A` gives
// for one file); its change date is the last commit that altered its content.
import { execFile } from 'node:child_process';
import { normalizeIso } from './dates.ts';

export interface GitDates {
  added: string;
  changed: string;
}

/** Commit marker: no path starts with NUL, and a commit's date follows it on the line. */
const COMMIT = '\u0001';

/**
 * Reads `git log --name-status` output (newest commit first) into dates per file, keyed by
 * the file's current name relative to the folder the log ran in.
 */
export const gitDatesFromLog = (log: string, current: Iterable<string>) => {
  // Name in history -> name today; renames extend it as the walk goes back in time.
  const nameToday = new Map<string, string>([...current].map((n) => [n, n]));
  const added = new Map<string, string>();
  const changed = new Map<string, string>();
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith(COMMIT)) {
      date = normalizeIso(line.slice(1).trim());
      continue;
    }
    const [status = '', from = '', to] = line.split('\t');
    const today = nameToday.get(to ?? from);
    if (!date || today === undefined) continue;
    const kind = status[0];
    // The newest commit that altered the content; a pure rename (R100) alters nothing.
    if (!changed.has(today) && status !== 'R100') changed.set(today, date);
    // Walking back in time, the oldest addition seen wins.
    if (kind === 'A' || kind === 'C') added.set(today, date);
    if (kind === 'R') nameToday.set(from, today);
  }
  const dates = new Map<string, GitDates>();
  for (const [name, date] of added)
    dates.set(name, { added: date, changed: changed.get(name) ?? date });
  return dates;
};

/**
 * Dates of the files directly in `dir` (by file name), or an empty map when `dir` is not in
 * a git work tree or git is missing: the caller then falls back to modification times.
 */
export const readGitDates = (dir: string, names: string[]) =>
  new Promise<Map<string, GitDates>>((resolve) => {
    execFile(
      'git',
      [
        '-c',
        'core.quotePath=false',
        'log',
        `--format=${COMMIT}%cI`,
        '--name-status',
        '-M',
        '--relative',
        '--',
        '.',
      ],
      { cwd: dir, maxBuffer: 1 << 30, encoding: 'utf8' },
      (error, stdout) => resolve(error ? new Map() : gitDatesFromLog(stdout, names)),
    );
  });
