// seeds/events.json, the editor's corrections to the events: read at the edge like the
// registry, checked against the stories, every problem at its line, and part of what decides
// whether a build can reuse the last one's data.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentKeyOf } from '../../src/content/content-key.ts';
import { loadSeeds } from '../../src/content/load-seeds.ts';
import { runPipeline } from '../../src/content/pipeline.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { bytes, input } from './support.ts';

// Two reports of one event (a wire copy and a light edit) and an unrelated story.
const WIRE =
  'Actor Kang Do-hyun will begin his mandatory military service on April 14, his agency Haneul Company said on March 10, and will serve as an active-duty soldier after five weeks of basic training.';
const seeds = [
  {
    path: 'seeds/a.txt',
    bytes: bytes(`• Kang Do-hyun to Enlist on April 14\nDate: 2025-03-10T01:00Z\n\n${WIRE}\n`),
  },
  {
    path: 'seeds/b.txt',
    bytes: bytes(
      `• Kang Do-hyun Confirms April Enlistment\nDate: 2025-03-10T03:00Z\n\n${WIRE.replace('will begin', 'begins')}\n`,
    ),
  },
  {
    path: 'seeds/c.txt',
    bytes: bytes(
      '• Pyo Da-in Releases Winter Ballad\nDate: 2025-03-10T05:00Z\n\nSinger Pyo Da-in released a winter ballad.\n',
    ),
  },
];
const run = (events?: string) =>
  runPipeline({
    ...input(seeds),
    ...(events === undefined
      ? {}
      : { events: { path: 'seeds/events.json', bytes: bytes(events) } }),
  });
const problems = (events: string) => {
  const result = run(events);
  return result.ok ? [] : result.problems.map(formatProblem);
};
const eventsOf = (events?: string) => {
  const result = run(events);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const slug = (start: string) =>
    result.corpus.articles.find((a) => a.slug.startsWith(start))!.slug;
  return { events: result.corpus.events, slug };
};

describe('seeds/events.json', () => {
  const { events, slug } = eventsOf();
  const enlist = slug('kang-do-hyun-to-enlist');
  const confirms = slug('kang-do-hyun-confirms');
  const ballad = slug('pyo-da-in');

  it('is optional: without it the rules decide', () => {
    expect(events.map((e) => e.slugs)).toEqual([[ballad], [enlist, confirms]]);
  });

  it('splits a story out of its event, and joins two events', () => {
    const split = eventsOf(JSON.stringify({ split: [[enlist, confirms]] })).events;
    expect(split.every((e) => e.slugs.length === 1)).toBe(true);
    const alone = eventsOf(JSON.stringify({ split: [[confirms]] })).events;
    expect(alone.every((e) => e.slugs.length === 1)).toBe(true);
    // A story may be named by its address, as copied from its page.
    const joined = eventsOf(JSON.stringify({ join: [[`/articles/${ballad}/`, enlist]] })).events;
    expect(joined).toHaveLength(1);
    expect(joined[0]!.slugs).toEqual([enlist, confirms, ballad]);
    expect(joined[0]!.joins).toContainEqual({
      slug: ballad,
      to: enlist,
      score: 1,
      rule: 'override',
    });
  });

  it('names the line of a story no seed has, with the slug meant when only the hash differs', () => {
    const typo = `${enlist.slice(0, -6)}000000`;
    expect(
      problems(
        `{\n  "join": [\n    ["${enlist}",\n     "${typo}"]\n  ],\n  "split": [["nothing-here"]]\n}`,
      ),
    ).toEqual([
      `seeds/events.json:4: no story has the slug "${typo}": did you mean "${enlist}"?`,
      'seeds/events.json:6: no story has the slug "nothing-here" (see npm run content:check -- --json)',
    ]);
  });

  it('refuses what it cannot read, at the line', () => {
    expect(problems('{ "join": [["a"] }')).toEqual([
      expect.stringMatching(/^seeds\/events\.json:1: not valid JSON at column \d+: /),
    ]);
    expect(problems('{\n  "joins": []\n}')).toEqual([
      'seeds/events.json:2: events: Unrecognized key: "joins" (the file takes "join" and "split")',
    ]);
    expect(problems(`{\n  "join": [\n    ["${enlist}"]\n  ]\n}`)).toEqual([
      'seeds/events.json:3: join.0: joins fewer than two stories',
    ]);
    expect(problems(`{"split": [["${enlist}", "${enlist}"]]}`)).toEqual([
      `seeds/events.json:1: split.0: "${enlist}" is listed twice in one list`,
    ]);
    expect(problems('{\n  "join": [],\n  "join": []\n}')).toEqual([
      expect.stringMatching(/^seeds\/events\.json:3: key "join" appears twice/),
    ]);
  });

  it('refuses a split of stories the joins put in one event', () => {
    const file = `{\n  "join": [["${enlist}", "${ballad}"],\n           ["${ballad}", "${confirms}"]],\n  "split": [\n    ["${enlist}", "${confirms}"]\n  ]\n}`;
    expect(problems(file)).toEqual([
      `seeds/events.json:5: split parts "${enlist}" and "${confirms}", which the joins at lines 2 and 3 put in one event: remove one of them`,
    ]);
  });
});

describe('seeds/events.json on disk', { timeout: 30_000 }, () => {
  const project = () => {
    const root = mkdtempSync(join(tmpdir(), 'events-file-'));
    mkdirSync(join(root, 'seeds'));
    writeFileSync(join(root, 'seeds', 'a.txt'), 'Title\nDate: 2025-03-14\n\nBody.\n');
    // What the content key reads of the code.
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src', 'a.ts'), 'export {};\n');
    writeFileSync(join(root, 'package-lock.json'), '{}\n');
    return root;
  };

  it('is read beside the seeds, not listed as skipped, and changes the content key', async () => {
    const root = project();
    const without = await loadSeeds(root);
    expect(without.events).toEqual({ path: 'seeds/events.json' });
    writeFileSync(join(root, 'seeds', 'events.json'), '{ "split": [] }\n');
    const loaded = await loadSeeds(root);
    expect(loaded.skipped).toEqual([]);
    expect(new TextDecoder().decode(loaded.events!.bytes)).toBe('{ "split": [] }\n');
    const key = await contentKeyOf(root, loaded, 'https://kwave.example');
    expect(await contentKeyOf(root, without, 'https://kwave.example')).not.toBe(key);
    writeFileSync(join(root, 'seeds', 'events.json'), '{ "join": [] }\n');
    expect(await contentKeyOf(root, await loadSeeds(root), 'https://kwave.example')).not.toBe(key);
  });

  it('refuses a folder named events.json', async () => {
    const root = project();
    mkdirSync(join(root, 'seeds', 'events.json'));
    const result = runPipeline(await loadSeeds(root));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'seeds/events.json:1: is a folder, not a file: the event overrides must be a JSON file (or absent)',
    ]);
  });
});
