// What the check command and the build say about seeds that are valid but need an editor's
// look: warnings at a file and line, stories whose date is provisional, files not read.
// Every line goes through escapeControls: file names and titles may hold control characters.
import type { Corpus } from '../pipeline.ts';
import { escapeControls, formatProblem } from '../problems.ts';

export interface SkippedPath {
  path: string;
  reason: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const provisionalCount = (n: number) =>
  n === 1 ? '1 story has a provisional date' : `${n} stories have provisional dates`;

const warningLines = (corpus: Pick<Corpus, 'warnings'>) =>
  corpus.warnings.map((w) => `Warning: ${formatProblem(w)}`);

/** For content:check: every warning, what to do about provisional dates, every skipped file. */
export const checkNotices = (
  corpus: Pick<Corpus, 'warnings' | 'provisional' | 'provisionalStories'>,
  skipped: readonly SkippedPath[],
) => {
  const lines = warningLines(corpus);
  if (corpus.provisionalStories) {
    lines.push(
      `Warning: ${provisionalCount(corpus.provisionalStories)}: ${plural(corpus.provisional.length, 'file has', 'files have')} no git history, so their stories are dated by the file's modification time (freshly copied files all read "3 minutes ago", and the date moves whenever a file is touched). To fix the dates, either:`,
      `  - give each story a date line under its title: Date: 2025-03-14 (or 2025-03-14T09:30+09:00), or`,
      `  - commit the files (git add seeds && git commit): each story then takes its file's first commit as its date.`,
      ...corpus.provisional.map((f) => `  ${f}`),
    );
  }
  if (skipped.length) {
    lines.push(
      `Skipped ${plural(skipped.length, 'file')} in the seeds folder (not read, not published):`,
    );
    lines.push(...skipped.map((s) => `  ${s.path}: ${s.reason}`));
  }
  return lines.map(escapeControls);
};

/** For the build log: the warnings, and one line each for provisional dates and skipped files. */
export const buildNotices = (
  corpus: Pick<Corpus, 'warnings' | 'provisionalStories'>,
  skipped: readonly unknown[],
) => {
  const lines = warningLines(corpus);
  if (corpus.provisionalStories)
    lines.push(
      `content: ${provisionalCount(corpus.provisionalStories)} (no Date: line, file not committed); npm run content:check says how to fix ${corpus.provisionalStories === 1 ? 'it' : 'them'}`,
    );
  if (skipped.length)
    lines.push(
      `content: ${plural(skipped.length, 'file')} in the seeds folder skipped (not .txt, or in a subfolder); npm run content:check lists them`,
    );
  return lines.map(escapeControls);
};
