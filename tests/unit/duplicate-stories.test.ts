import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/content/pipeline.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { duplicateStoryProblems, storyKey } from '../../src/content/validate/duplicates.ts';
import { bytes, input } from './support.ts';

const problemsOf = (files: Record<string, string>) => {
  const result = runPipeline(
    input(Object.entries(files).map(([path, text]) => ({ path, bytes: bytes(text) }))),
  );
  return result.ok ? [] : result.problems.map(formatProblem);
};

const STORY =
  '• Seventeen Sells Out Seoul\n\nThe group sold out two nights.\nFans queued all day.\n';

describe('the same story in two places', () => {
  it('is an error at the repeat, naming the first place, whatever the spacing', () => {
    const respaced =
      'Other Story\n\nSomething else.\n\n\n•   Seventeen  Sells Out Seoul\n\nThe group sold out\ntwo nights.  Fans queued all day.\n';
    expect(problemsOf({ 'seeds/a.txt': STORY, 'seeds/b.txt': respaced })).toEqual([
      'seeds/b.txt:6: "Seventeen  Sells Out Seoul" is the same story as seeds/a.txt:1 (same title and text): it would be published twice; keep one',
    ]);
  });

  it('is caught within one file too', () => {
    expect(problemsOf({ 'seeds/a.txt': `${STORY}\n${STORY}` })).toEqual([
      expect.stringMatching(/^seeds\/a\.txt:6: .* same story as seeds\/a\.txt:1 /),
    ]);
  });

  it('leaves stories alone that differ in title or in text', () => {
    const retitled = STORY.replace('Sells Out', 'Sell Out');
    const edited = STORY.replace('all day', 'all night');
    expect(problemsOf({ 'seeds/a.txt': STORY, 'seeds/b.txt': retitled })).toEqual([]);
    expect(problemsOf({ 'seeds/a.txt': STORY, 'seeds/b.txt': edited })).toEqual([]);
  });

  it('compares lists and quotes by their text', () => {
    const list = { type: 'list' as const, items: ['One', 'Two'] };
    const paragraph = { type: 'paragraph' as const, lines: ['One Two'] };
    const at = (file: string, body: (typeof list | typeof paragraph)[]) => ({
      file,
      line: 1,
      title: 'T',
      body,
    });
    expect(storyKey(at('a', [list]))).toBe('T One Two');
    expect(duplicateStoryProblems([at('a', [list]), at('b', [paragraph])])).toHaveLength(1);
  });
});
