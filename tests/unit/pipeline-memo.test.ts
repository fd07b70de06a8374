// A pipeline run that reuses the last run's per-seed and per-story results (the dev server's
// memo) gives exactly what a run from nothing gives: after no change, after a story that
// introduces a new group and its members, after an edit that states another title of a
// show, and after a deleted seed. The tag corpora are used because their stories exercise
// every discovery rule, and the memo must not leak one run's corpus-wide decisions into
// the next.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../src/content/load-seeds.ts';
import {
  emptyPipelineMemo,
  runPipeline,
  type PipelineInput,
  type SeedInput,
} from '../../src/content/pipeline.ts';

const CORPORA = ['dev', 'dev-2026'].map((c) => `tests/fixtures/tag-corpus/${c}`);

const seedOf = (path: string, text: string): SeedInput => ({
  path,
  bytes: new TextEncoder().encode(text),
  date: { added: '2026-11-30T09:00:00.000Z', provisional: false },
});

const NEW_GROUP = seedOf(
  'seeds/zz-new-group.txt',
  `Starlight Agency Unveils New Girl Group LUMENA
Date: 2026-11-28

Starlight Agency's new four-member girl group LUMENA, made up of Aria, Han Seo-jin, Mirae and Yuki, will debut on December 10 with the single 'First Glow'.

LUMENA members Aria and Yuki were trainees for five years.
`,
);

const input = async (dir: string): Promise<PipelineInput> => {
  const loaded = await loadSeeds(process.cwd(), resolve(dir));
  return { seeds: loaded.seeds, registry: loaded.registry, knowledge: loaded.knowledge };
};

describe('a pipeline run with a memo of the last one', { timeout: 120_000 }, () => {
  it.each(CORPORA)('gives what a run from nothing gives, change after change (%s)', async (dir) => {
    const base = await input(dir);
    const memo = emptyPipelineMemo();
    const steps: PipelineInput['seeds'][] = [
      base.seeds,
      base.seeds,
      [...base.seeds, NEW_GROUP],
      // An edit: the first seed states a second title for a drama and names the new group.
      [
        seedOf(
          base.seeds[0]!.path,
          `${new TextDecoder().decode(base.seeds[0]!.bytes)}\nThe drama 'Paper Lanterns', previously known by the working title 'Night Lamps', premieres in May. LUMENA will sing its theme.\n`,
        ),
        ...base.seeds.slice(1),
        NEW_GROUP,
      ],
      base.seeds.slice(2),
    ];
    for (const seeds of steps) {
      const plain = runPipeline({ ...base, seeds });
      const reused = runPipeline({ ...base, seeds, memo });
      expect(reused).toEqual(plain);
    }
    // It did reuse: one entry per seed file and per story of the last run, no more.
    expect(memo.seeds.entries.size).toBe(steps.at(-1)!.length);
    expect(memo.tags.known.entries.size).toBeGreaterThan(0);
  });

  it('reads an unchanged story again when another states a new title of a known show', async () => {
    // A fictional show of the test's own registry; story B names it by a working title that
    // only story A, added later, states.
    const registry = {
      path: 'seeds/entities.json',
      bytes: new TextEncoder().encode(
        JSON.stringify({
          entities: [{ id: 'paper-lanterns', name: 'Paper Lanterns', kind: 'show' }],
        }),
      ),
    };
    const b = seedOf(
      'seeds/b.txt',
      `Filming Wraps on 'Night Lamps'\nDate: 2026-11-20\n\nThe cast of 'Night Lamps' finished filming in Jeonju this week, the production said.\n`,
    );
    const a = seedOf(
      'seeds/a.txt',
      `'Paper Lanterns' Sets Its Premiere\nDate: 2026-11-25\n\nThe drama 'Paper Lanterns', previously known by the working title 'Night Lamps', premieres in May.\n`,
    );
    const memo = emptyPipelineMemo();
    const tagsOfB = (seeds: SeedInput[], withMemo: boolean) => {
      const result = runPipeline({ seeds, registry, ...(withMemo ? { memo } : {}) });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      return result.corpus.articles.find((x) => x.file === 'seeds/b.txt')!.tags.map((t) => t.id);
    };
    expect(tagsOfB([b], true)).toEqual(tagsOfB([b], false));
    const after = tagsOfB([a, b], true);
    expect(after).toContain('paper-lanterns');
    expect(after).toEqual(tagsOfB([a, b], false));
  });
});
