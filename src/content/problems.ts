// A problem found in the input, reported as `seeds/FILE:LINE: message`.
import { compareText } from './compare.ts';

export interface Problem {
  file: string;
  line: number;
  message: string;
}

/**
 * Characters a terminal acts on rather than shows: C0 and C1 controls (an ESC starts a colour
 * or a cursor move; a newline in a file name splits `FILE:LINE` over two lines), the line and
 * paragraph separators, and bidirectional controls (which reorder the rest of the line).
 */
const UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/gu;
const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Shows each unsafe character as an escape: `\n`, `\x1b`, `\u202e`. */
export const escapeControls = (s: string) =>
  s.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return (
      NAMED[c] ??
      (code < 0x100
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`)
    );
  });

/** The one place a problem becomes text: every report, terminal or browser overlay, uses it. */
export const formatProblem = (p: Problem) =>
  `${escapeControls(p.file)}:${p.line}: ${escapeControls(p.message)}`;

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
