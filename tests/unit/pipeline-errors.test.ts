import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/content/pipeline.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { bytes, input } from './support.ts';

const problemsOf = (seeds: { path: string; bytes: Uint8Array }[], registry?: string) => {
  const result = runPipeline(input(seeds, registry));
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('strict validation', () => {
  it('lists every problem in every file, each as seeds/FILE:LINE: message', () => {
    const problems = problemsOf([
      { path: 'seeds/a-empty.txt', bytes: bytes('') },
      { path: 'seeds/b-binary.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x00]) },
      { path: 'seeds/c-latin1.txt', bytes: new Uint8Array([...bytes('Title\n\n'), 0xe9, 0x0a]) },
      {
        path: 'seeds/d-no-body.txt',
        bytes: bytes('• Has Body\n\nText.\n\n• Title Only\n\nSource (1)\n\n• Also Title Only\n'),
      },
      { path: 'seeds/e-control.txt', bytes: bytes('Title\n\nA bell \u0007 rang.\n') },
      { path: 'seeds/f-ok.txt', bytes: bytes('Fine\n\nFine body.') },
    ]);
    expect(problems).toEqual([
      'seeds/a-empty.txt:1: file is empty',
      'seeds/b-binary.txt:2: binary content (NUL byte): a seed must be plain UTF-8 text',
      'seeds/c-latin1.txt:3: not valid UTF-8 text (save the file as UTF-8)',
      'seeds/d-no-body.txt:5: body of "Title Only" is missing: the article has a title and no body',
      'seeds/d-no-body.txt:9: body of "Also Title Only" is missing: the article has a title and no body',
      'seeds/e-control.txt:3: body[0].lines[0] contains a control character',
    ]);
  });

  it('reports registry errors with the entity’s line', () => {
    const registry =
      '{\n  "entities": [\n    { "id": "a", "name": "A", "kind": "person" },\n    { "id": "b", "name": "B", "kind": "singer", "memberOf": ["nope"] }\n  ]\n}';
    const problems = problemsOf([{ path: 'seeds/ok.txt', bytes: bytes('T\n\nB') }], registry);
    expect(problems).toEqual([
      expect.stringMatching(/^seeds\/entities\.json:4: entities\.1\.kind: /),
    ]);
    const dangling = problemsOf(
      [{ path: 'seeds/ok.txt', bytes: bytes('T\n\nB') }],
      registry.replace('"singer"', '"person"'),
    );
    expect(dangling).toEqual([
      'seeds/entities.json:4: entity "b" relates to unknown entity "nope"',
    ]);
    expect(problemsOf([], '{ "entities": [ }')).toEqual([
      expect.stringMatching(/^seeds\/entities\.json:1: not valid JSON/),
    ]);
  });

  it('keeps valid but odd input as text', () => {
    const result = runPipeline(
      input([
        { path: 'seeds/x.txt', bytes: bytes('• <script>alert(1)</script>\n\n</script><!-- & -->') },
      ]),
    );
    expect(result.ok && result.corpus.articles[0]!.title).toBe('<script>alert(1)</script>');
  });
});
