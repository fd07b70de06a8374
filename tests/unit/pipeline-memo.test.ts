// A pipeline run that reuses the last run's per-seed and per-story results (the dev server's
// memo) gives exactly what a run from nothing gives: after no change, after a story that
// introduces a new group and its members, after an edit that states another title of a
// show, after a deleted seed and a story pasted twice; an unchanged story finds a name
// another story brings; the knowledge is built again when the registry or the built-in
// knowledge changes. The tag corpora are used because their stories exercise every
// discovery rule, and the memo must not leak one run's corpus-wide decisions into the next.
// The event clusterer's per-story features are reused only for a story whose headline, body
// and tags are the same, and the events come out as from nothing.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventStory } from '../../src/content/events/cluster.ts';
import { featuresOf } from '../../src/content/events/prepare.ts';
import { storyFeatures, type StoryFeatures } from '../../src/content/events/story-features.ts';
import { wordsOf } from '../../src/content/events/text.ts';
import { readRegistry } from '../../src/content/knowledge/read-registry.ts';
import { loadSeeds } from '../../src/content/load-seeds.ts';
import { emptyMemo } from '../../src/content/run-memo.ts';
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

/** The events development set, read as npm run events:score reads it (the project's registry). */
const eventsInput = async (): Promise<PipelineInput> => ({
  ...(await input('tests/fixtures/events/seeds')),
  registry: await readRegistry(resolve('seeds/entities.json'), 'seeds/entities.json'),
});

/** A story that names LUMENA where no rule finds it: tagged only once NEW_GROUP brings the name. */
const FAN_NOTE = seedOf(
  'seeds/zz-fan-note.txt',
  `Fans Gather for a Cafe Event in Hongdae
Date: 2026-11-29

Fans of LUMENA filled a cafe in Hongdae on Saturday.
`,
);

const EMPTY_REGISTRY = new TextEncoder().encode('{ "entities": [] }');

/** The registry with LUMENA as a known group: its members and song stay discovered. */
const LUMENA_REGISTRY = {
  path: 'seeds/entities.json',
  bytes: new TextEncoder().encode(
    JSON.stringify({ entities: [{ id: 'lumena', name: 'LUMENA', kind: 'group' }] }),
  ),
};

/** A rewrite of the development set's first story (SIRIUS7 renews its contracts). */
const REWRITE = seedOf(
  'seeds/zz-rewrite.txt',
  `• SIRIUS7 Stays Together: All Seven Members Sign Again With Nine Tree Entertainment
Date: 2025-01-08T14:00:00+09:00

Nine Tree Entertainment said on January 8 that all seven members of SIRIUS7 have renewed their exclusive contracts, keeping the 2018 debut group together past its seventh year.

The agency said it renewed the contracts "based on deep trust". The group plans a new album in the spring.

Source: Test Wire
`,
);

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
      // A story pasted into a second file: the duplicate is reported as from nothing.
      [...base.seeds, seedOf('seeds/zz-copy.txt', new TextDecoder().decode(base.seeds[0]!.bytes))],
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

  it('finds a new name in an unchanged story once another story brings it', async () => {
    const base = await input(CORPORA[0]!);
    const memo = emptyPipelineMemo();
    const tagsOfFan = (seeds: SeedInput[]) => {
      const plain = runPipeline({ ...base, seeds });
      expect(runPipeline({ ...base, seeds, memo })).toEqual(plain);
      if (!plain.ok) throw new Error(JSON.stringify(plain.problems));
      return plain.corpus.articles.find((a) => a.file === FAN_NOTE.path)!.tags.map((t) => t.id);
    };
    expect(tagsOfFan([...base.seeds, FAN_NOTE])).not.toContain('lumena');
    // The discovered entities change: the fan note's reused mentions would miss LUMENA.
    expect(tagsOfFan([...base.seeds, FAN_NOTE, NEW_GROUP])).toContain('lumena');
    expect(memo.tags.mentions.entries.size).toBe(memo.tags.known.entries.size);
    expect(tagsOfFan([...base.seeds, FAN_NOTE])).not.toContain('lumena');
  });

  it('builds the knowledge again when the registry or the built-in knowledge changes', async () => {
    const base = await input(CORPORA[0]!);
    const seeds = [...base.seeds, NEW_GROUP, FAN_NOTE];
    const memo = emptyPipelineMemo();
    const steps: PipelineInput[] = [
      { ...base, seeds },
      { ...base, seeds, registry: LUMENA_REGISTRY },
      // A registry file again, with nothing in it.
      { ...base, seeds, registry: { ...LUMENA_REGISTRY, bytes: EMPTY_REGISTRY } },
      // A curated file fewer.
      {
        ...base,
        seeds,
        knowledge: { ...base.knowledge!, curated: base.knowledge!.curated.slice(1) },
      },
      { ...base, seeds },
    ];
    const plains = steps.map((step) => runPipeline(step));
    expect(plains[1]).not.toEqual(plains[0]);
    expect(plains[3]).not.toEqual(plains[0]);
    steps.forEach((step, i) => {
      expect(runPipeline({ ...step, memo })).toEqual(plains[i]);
      expect(memo.knowledge.entries.size).toBe(1);
    });
  });

  it('gives the events a run from nothing gives after a report is added, edited, deleted', async () => {
    const base = await eventsInput();
    const memo = emptyPipelineMemo();
    const [first, ...rest] = base.seeds;
    const edited = seedOf(
      first!.path,
      new TextDecoder()
        .decode(first!.bytes)
        .replace('SIRIUS7 Renews Contracts With', 'SIRIUS7 Members All Renew Their Deals With'),
    );
    expect(edited.bytes).not.toEqual(first!.bytes);
    const steps: PipelineInput['seeds'][] = [
      base.seeds,
      [...base.seeds, REWRITE],
      [edited, ...rest, REWRITE],
      [edited, ...rest.slice(1), REWRITE],
    ];
    for (const seeds of steps) {
      const plain = runPipeline({ ...base, seeds });
      const reused = runPipeline({ ...base, seeds, memo });
      expect(reused).toEqual(plain);
      if (!reused.ok) throw new Error('the events corpus is valid');
      expect(memo.events.entries.size).toBe(reused.corpus.articles.length);
      if (seeds.includes(REWRITE)) {
        // The added report joined its event: the memo is tried where it matters.
        const added = reused.corpus.articles.find((a) => a.file === REWRITE.path)!;
        const event = reused.corpus.events.find((e) => e.slugs.includes(added.slug))!;
        expect(event.slugs.length).toBeGreaterThan(1);
      }
    }
  });

  it("reuses a story's event features only while its headline, body and tags are the same", async () => {
    const result = runPipeline(await eventsInput());
    if (!result.ok) throw new Error('the events corpus is valid');
    const stories: EventStory[] = result.corpus.articles;
    const memo = emptyMemo<StoryFeatures>();
    const kept = featuresOf(stories, memo);
    expect(featuresOf(stories, memo)[1]).toBe(kept[1]);
    const story = stories[0]!;
    const names = new Set(story.tags.flatMap((t) => wordsOf(t.id.replace(/-/g, ' '))));
    const unnamed = wordsOf(story.title).find((w) => w.length > 3 && !names.has(w))!;
    const changes: EventStory[] = [
      { ...story, title: `${story.title} Again` },
      { ...story, body: [...story.body, { type: 'paragraph', lines: ['An added last line.'] }] },
      // A tag that names a word of the headline: that word stops being specific.
      { ...story, tags: [...story.tags, { id: unnamed, kind: 'person' }] },
    ];
    for (const changed of changes) {
      expect(storyFeatures(changed)).not.toEqual(storyFeatures(story));
      featuresOf(stories, memo);
      const now = stories.map((s) => (s === story ? changed : s));
      expect(featuresOf(now, memo)).toEqual(now.map(storyFeatures));
    }
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
