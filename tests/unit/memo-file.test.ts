// The pipeline's memo kept between builds (src/content/memo-file.ts): every part of it comes
// back but the prepared lines, a part added to emptyPipelineMemo too; read back from disk it
// gives what a run from nothing gives, after the same changes as the in-memory memo's test;
// a memo made by other code, or a bucket file cut short, is not read; a story added rewrites
// a bucket of each part, no more; and a story added that states no title keeps the other
// stories' tagging results (their scope) and prepares its lines alone.
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../src/content/load-seeds.ts';
import { BUCKETS, loadMemo, memoKeyOf, saveMemo } from '../../src/content/memo-file.ts';
import { emptyMemo, type RunMemo } from '../../src/content/run-memo.ts';
import {
  emptyPipelineMemo,
  runPipeline,
  type PipelineInput,
  type SeedInput,
} from '../../src/content/pipeline.ts';

const dir = await mkdtemp(join(tmpdir(), 'memo-file-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const seedOf = (path: string, text: string): SeedInput => ({
  path,
  bytes: new TextEncoder().encode(text),
  date: { added: '2026-11-30T09:00:00.000Z', provisional: false },
});
const PLAIN = seedOf(
  'seeds/zz-plain.txt',
  'Starlight Agency Announces a Fan Meeting\nDate: 2026-11-29\n\nIVE will meet fans in Seoul in December. Fans of LUMENA are invited too.\n',
);
const TITLED = seedOf(
  'seeds/zz-titled.txt',
  "A Drama Gets Its Final Title\nDate: 2026-11-29\n\nThe drama 'Paper Lanterns', previously known by the working title 'Night Lamps', premieres in May.\n",
);

const NEW_ACT = seedOf(
  'seeds/zz-new-act.txt',
  "Starlight Agency Unveils New Girl Group LUMENA\nDate: 2026-11-28\n\nStarlight Agency's new girl group LUMENA, made up of Aria, Han Seo-jin, Mirae and Yuki, will debut on December 10.\n",
);
const REGISTRY = {
  path: 'seeds/entities.json',
  bytes: new TextEncoder().encode(
    JSON.stringify({ entities: [{ id: 'lumena', name: 'LUMENA', kind: 'group' }] }),
  ),
};

const input = async (): Promise<PipelineInput> => {
  const loaded = await loadSeeds(process.cwd(), resolve('tests/fixtures/tag-corpus/dev'));
  return { seeds: loaded.seeds, registry: loaded.registry, knowledge: loaded.knowledge };
};

/** Parts of the memo not saved, as memo-file.ts says why: the prepared lines. */
const NOT_KEPT = ['tags.read'];

/** Every RunMemo in a memo by its path ('seeds', 'tags.known'): one added is listed too. */
const partsOf = (memo: object, at = ''): [string, RunMemo<unknown>][] =>
  Object.entries(memo).flatMap(([name, value]: [string, unknown]) => {
    const path = `${at}${name}`;
    if (value instanceof Object && 'entries' in value && value.entries instanceof Map)
      return [[path, value as RunMemo<unknown>]];
    // A part of another kind would go unfilled, so its loss unseen: this test must fill it.
    if (
      typeof value !== 'object' ||
      value === null ||
      Object.getPrototypeOf(value) !== Object.prototype
    )
      throw new Error(`${path} is not a RunMemo: fill it in this test`);
    return partsOf(value, `${path}.`);
  });

describe('the pipeline memo on disk', { timeout: 120_000 }, () => {
  it('keeps every part of the memo but the prepared lines, naming none', async () => {
    const path = join(dir, 'parts.v8');
    const key = memoKeyOf('code-1');
    // Every part emptyPipelineMemo makes, filled: one added there is checked with no edit.
    const memo = emptyPipelineMemo();
    const parts = partsOf(memo);
    expect(parts.map(([name]) => name)).toEqual(
      expect.arrayContaining(['seeds', 'tags.known', 'events', 'knowledge', ...NOT_KEPT]),
    );
    for (const [name, part] of parts) {
      part.scope = `scope of ${name}`;
      part.entries.set(`entry of ${name}`, { made: name, names: new Set([name]) });
    }
    await saveMemo(path, key, memo);
    const loaded = await loadMemo(path, key);
    const kept = new Map(partsOf(loaded));
    expect([...kept.keys()]).toEqual(parts.map(([name]) => name));
    for (const [name, part] of parts) {
      expect(kept.get(name), name).toEqual(NOT_KEPT.includes(name) ? emptyMemo() : part);
    }
    // The memo saved keeps its own prepared lines.
    expect(memo.tags.read.entries.size).toBe(1);
  });

  it('gives what a run from nothing gives, build after build', async () => {
    const base = await input();
    const path = join(dir, 'memo.v8');
    const key = memoKeyOf('code-1');
    const steps: PipelineInput[] = [
      base,
      { ...base, seeds: [...base.seeds, PLAIN] },
      { ...base, seeds: [...base.seeds, PLAIN, TITLED] },
      // A new discovered name, which PLAIN (unchanged) names where no rule finds it...
      { ...base, seeds: [...base.seeds, PLAIN, NEW_ACT] },
      // ... and the registry that knows it.
      { ...base, seeds: [...base.seeds, PLAIN, NEW_ACT], registry: REGISTRY },
      { ...base, seeds: base.seeds.slice(1) },
    ];
    for (const step of steps) {
      const memo = await loadMemo(path, key);
      const reused = runPipeline({ ...step, memo });
      await saveMemo(path, key, memo);
      expect(reused).toEqual(runPipeline(step));
    }
    const last = await loadMemo(path, key);
    const stories = runPipeline(steps.at(-1)!);
    const count = stories.ok ? stories.corpus.articles.length : -1;
    expect(last.seeds.entries.size).toBe(steps.at(-1)!.seeds.length);
    // The event clusterer's features come back too, and each story's discovered names, one a
    // story, and the knowledge built.
    expect(last.events.entries.size).toBe(count);
    expect(last.tags.mentions.entries.size).toBe(count);
    expect(last.knowledge.entries.size).toBe(1);
  });

  it('is not read when made by other code, and a bucket cut short loses its own entries', async () => {
    const base = await input();
    const path = join(dir, 'other');
    const memo = await loadMemo(path, memoKeyOf('code-1'));
    runPipeline({ ...base, memo });
    await saveMemo(path, memoKeyOf('code-1'), memo);
    const seeds = async (code = 'code-1') =>
      (await loadMemo(path, memoKeyOf(code))).seeds.entries.size;
    const all = await seeds();
    expect(all).toBeGreaterThan(1);
    expect(await seeds('code-2')).toBe(0);
    const buckets = (await readdir(path)).filter((name) => name.startsWith('seeds.'));
    expect(buckets.length).toBeGreaterThan(1);
    // One bucket cut short: the others are read.
    const [first, second] = buckets.map((name) => join(path, name));
    const { entries } = deserialize(await readFile(first!)) as { entries: Map<string, unknown> };
    await writeFile(first!, new Uint8Array([0xff, 0x0f, 0x6f]));
    expect(await seeds()).toBe(all - entries.size);
    // Its key, but another format.
    const file = deserialize(await readFile(second!)) as {
      format: number;
      entries: Map<string, unknown>;
    };
    await writeFile(second!, serialize({ ...file, format: file.format - 1 }));
    expect(await seeds()).toBe(all - entries.size - file.entries.size);
  });

  it('rewrites a bucket of each part when a story is added, and no other file', async () => {
    const base = await input();
    const path = join(dir, 'buckets');
    const key = memoKeyOf('code-1');
    const memo = await loadMemo(path, key);
    runPipeline({ ...base, memo });
    await saveMemo(path, key, memo);
    const inodes = async () =>
      new Map(
        await Promise.all(
          (await readdir(path)).map(
            async (name) => [name, (await stat(join(path, name))).ino] as const,
          ),
        ),
      );
    const before = await inodes();
    const again = await loadMemo(path, key);
    again.tags.read = emptyMemo();
    runPipeline({ ...base, seeds: [...base.seeds, PLAIN], memo: again });
    await saveMemo(path, key, again);
    const after = await inodes();
    const rewritten = [...after]
      .filter(([name, ino]) => before.get(name) !== ino)
      .map(([name]) => name);
    // The seed file, its story's stated titles, known names, discovered names and features:
    // one bucket each (the knowledge is the same).
    expect(rewritten.map((name) => name.replace(/\.\d+\.v8$/, '')).sort()).toEqual([
      'events',
      'seeds',
      'tags.known',
      'tags.mentions',
      'tags.stated',
    ]);
    // And nothing was lost: the memo read back holds the story added.
    expect((await loadMemo(path, key)).seeds.entries.size).toBe(base.seeds.length + 1);
  });

  it('rewrites every bucket of a part whose scope changed, and reads the newest scope after a save cut short', async () => {
    const path = join(dir, 'scopes');
    const key = memoKeyOf('code-1');
    const fill = (scope: string, prefix: string) => {
      const memo = emptyPipelineMemo();
      memo.seeds.scope = scope;
      const entries = memo.seeds.entries as Map<string, unknown>;
      for (let i = 0; i < 300; i++) entries.set(`${prefix}${i}`, { made: scope });
      return memo;
    };
    await saveMemo(path, key, fill('scope A', 'a'));
    const buckets = async () => (await readdir(path)).filter((name) => name.startsWith('seeds.'));
    const first = await buckets();
    expect(first.length).toBeGreaterThan(BUCKETS / 2);
    const oldBucket = join(path, first[0]!);
    const old = await readFile(oldBucket);
    // Read, then the scope changes (as memoRun does): every bucket is written again.
    const read = await loadMemo(path, key);
    const inodes = new Map(
      await Promise.all(first.map(async (n) => [n, (await stat(join(path, n))).ino] as const)),
    );
    const changed = fill('scope B', 'b');
    read.seeds.scope = changed.seeds.scope;
    read.seeds.entries = changed.seeds.entries;
    await saveMemo(path, key, read);
    for (const name of await buckets())
      expect((await stat(join(path, name))).ino, name).not.toBe(inodes.get(name));
    // A save cut short left one bucket of the old scope: the newest scope is read, the old
    // bucket's entries are not.
    await writeFile(oldBucket, old);
    const back = await loadMemo(path, key);
    expect(back.seeds.scope).toBe('scope B');
    expect([...back.seeds.entries.keys()].every((k) => k.startsWith('b'))).toBe(true);
  });

  it("keeps other stories' tagging when a story added states no title", async () => {
    const base = await input();
    const memo = await loadMemo(join(dir, 'none.v8'), memoKeyOf('code-1'));
    runPipeline({ ...base, memo });
    const scope = memo.tags.known.scope;
    // As a build reads it: no prepared lines. Only the story added is prepared.
    memo.tags.read = emptyMemo();
    runPipeline({ ...base, seeds: [...base.seeds, PLAIN], memo });
    expect(memo.tags.known.scope).toBe(scope);
    expect([...memo.tags.read.entries.values()].map((p) => p.file)).toEqual([PLAIN.path]);
    runPipeline({ ...base, seeds: [...base.seeds, PLAIN, TITLED], memo });
    expect(memo.tags.known.scope).not.toBe(scope);
  });
});
