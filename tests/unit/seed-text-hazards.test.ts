// Seeds that would pass as text but publish something a reader cannot see, or see
// differently from what the file says: invisible titles, bidi overrides, control characters
// echoed into an editor's terminal.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/content/pipeline.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { bytes, input } from './support.ts';

const run = (text: string, path = 'seeds/x.txt', registry?: string) =>
  runPipeline(input([{ path, bytes: bytes(text) }], registry));
const problemsOf = (text: string, path?: string) => {
  const result = run(text, path);
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('a title must show something', () => {
  it('refuses titles of bidi controls, combining marks or Hangul fillers, like zero-width ones', () => {
    expect(problemsOf('Fine\n\nBody.\n\n• \u202e\u202c\n\nText.\n')).toEqual([
      expect.stringMatching(/^seeds\/x\.txt:5: title .* has no visible text/),
    ]);
    for (const invisible of ['\u0301\u0300', '\u3164', '\u115f\u1160', '\u2800', '\u00ad\u034f'])
      expect(problemsOf(`• ${invisible}\n\nText.\n`), JSON.stringify(invisible)).toEqual([
        expect.stringMatching(/^seeds\/x\.txt:1: title .* has no visible text/),
      ]);
    // Zero-width only: refused as before.
    expect(problemsOf('Fine\n\nBody.\n\n• \u200b\u200d\n\nText.\n')).toHaveLength(1);
    // Any letter, digit, symbol or punctuation mark is something to see.
    for (const title of ['가', '7', '♥', '?', 'é'])
      expect(problemsOf(`• ${title}\n\nText.\n`), title).toEqual([]);
  });

  it('refuses an entity name with nothing to see, and bidi controls in the registry', () => {
    const registry = (name: string) =>
      JSON.stringify({ entities: [{ id: 'x', name, kind: 'person' }] }, null, 2);
    const problems = (name: string) => {
      const result = run('Title\n\nBody.\n', 'seeds/x.txt', registry(name));
      return result.ok ? [] : result.problems.map(formatProblem);
    };
    expect(problems('\u0301\u3164')).toEqual([
      expect.stringMatching(/^seeds\/entities\.json:\d+: entities\.0\.name: has no visible text/),
    ]);
    expect(problems('Kim \u202eevil\u202c')).toEqual([
      expect.stringMatching(
        /^seeds\/entities\.json:\d+: entities\.0\.name: contains bidirectional control characters \(U\+202E, U\+202C\)/,
      ),
    ]);
  });
});

describe('bidi controls in seeds', () => {
  it('strips them from titles and body text, with a warning naming file and line', () => {
    const result = run(
      '• Normal \u202eevil\u202c title\n\nA line \u2067with\u2069 isolates.\n\nPlain.\n',
    );
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const [article] = result.corpus.articles;
    expect(article!.title).toBe('Normal evil title');
    expect(article!.body[0]).toEqual({ type: 'paragraph', lines: ['A line with isolates.'] });
    expect(result.corpus.warnings.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^seeds\/x\.txt:1: removed bidirectional control characters \(U\+202E, U\+202C\)/,
      ),
      expect.stringMatching(/^seeds\/x\.txt:3: removed bidirectional control characters/),
    ]);
  });
});

describe('messages are safe for a terminal', () => {
  it('shows control characters in file names and titles as escapes', () => {
    const problems = problemsOf('• Red \u001b[31malert\n\nBody.\n', 'seeds/a\nb.txt');
    expect(problems).toEqual([
      'seeds/a\\nb.txt:1: title "Red \\x1b[31malert" contains a control character',
    ]);
    expect(
      formatProblem({ file: 'seeds/\u009b2J.txt', line: 2, message: 'tab\there \u2028 \u202e' }),
    ).toBe('seeds/\\x9b2J.txt:2: tab\\there \\u2028 \\u202e');
  });
});
