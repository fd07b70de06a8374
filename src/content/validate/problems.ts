// A problem found in the input, reported as `seeds/FILE:LINE: message`.
import { compareText } from '../compare.ts';

export interface Problem {
  file: string;
  line: number;
  message: string;
}

export const formatProblem = (p: Problem) => `${p.file}:${p.line}: ${p.message}`;

export const byPosition = (a: Problem, b: Problem) =>
  compareText(a.file, b.file) || a.line - b.line || compareText(a.message, b.message);

/** Thrown by entry points when the seeds are invalid; carries every problem found. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
    // The message is the whole report: a stack trace would only hide it.
    this.stack = this.message;
  }
}
