// What the editor's registry may say about the built-in knowledge and about itself:
// shared spellings, membership loops, and "silence"/"replaces" that name nothing are
// reported with the line they are on; nothing is dropped without a word.
import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/content/knowledge/build-knowledge.ts';
import { runPipeline } from '../../src/content/pipeline.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { editorSummary } from '../../src/content/emit/report.ts';
import { bytes } from './support.ts';

/** A registry file written as an editor would: one entity a line, from line 3 on. */
const file = (path: string, entities: object[], extra: object = {}) => ({
  path,
  text: `{\n  "entities": [\n${entities.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]${Object.entries(
    extra,
  )
    .map(([k, v]) => `,\n  "${k}": [\n${(v as string[]).map((s) => `    "${s}"`).join(',\n')}\n  ]`)
    .join('')}\n}\n`,
});

// Built-in entities (a curated file): a group, its member, and a show.
const curated = file('knowledge/curated/a.json', [
  { id: 'blue-nine', name: 'Blue Nine', kind: 'group' },
  {
    id: 'dana-blue-nine',
    name: 'Dana',
    kind: 'person',
    aliases: ['Ko Da-na'],
    memberOf: ['blue-nine'],
  },
  { id: 'night-train', name: 'Night Train', kind: 'show' },
]);

const problemsOf = (editor: object[], extra: object = {}) => {
  const result = buildKnowledge({ curated: [curated] }, file('seeds/entities.json', editor, extra));
  return result.ok ? [] : result.problems.map(formatProblem);
};

const run = (story: string, editor: object[]) => {
  const registry = file('seeds/entities.json', editor);
  const result = runPipeline({
    seeds: [{ path: 'seeds/a.txt', bytes: bytes(story) }],
    registry: { path: registry.path, bytes: bytes(registry.text) },
    knowledge: { curated: [curated] },
  });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.corpus;
};
const tagsOf = (story: string, editor: object[]) =>
  run(story, editor).articles[0]!.tags.map((t) => t.id);

describe('names shared between entities', () => {
  it('refuse a spelling two of the editor’s entities share, naming both lines', () => {
    expect(
      problemsOf([
        { id: 'han-mi-ra', name: 'Han Mi-ra', kind: 'person' },
        { id: 'han-mira-chef', name: 'Han Mira', kind: 'person', aliases: ['Han Mi Ra'] },
      ]),
    ).toEqual([
      'seeds/entities.json:4: "Han Mira" is also a name of "han-mi-ra" (seeds/entities.json:3): a story naming it would tag neither; keep the spelling on one entity, or mark one "needsContext" so the story’s relatives decide',
    ]);
  });

  it('let a spelling be shared when one entity needs context (a character), as for built-ins', () => {
    expect(
      problemsOf([
        { id: 'dana-night-train', name: 'Dana', kind: 'character', show: 'night-train' },
        { id: 'dana-singer', name: 'Dana', kind: 'person', needsContext: true },
      ]),
    ).toEqual([]);
  });

  it('let a spelling the editor shares with a built-in entity tag the editor’s, unless context says otherwise', () => {
    const editor = [{ id: 'dana-actress', name: 'Dana', kind: 'person', note: 'an actress' }];
    // Before: "Dana" named two entities and the story tagged neither.
    expect(tagsOf('Dana Cast\n\nDana joins the film.', editor)).toEqual(['dana-actress']);
    // Where the story names the built-in entity's relatives, the name is still theirs.
    expect(tagsOf('News\n\nDana of Blue Nine sings.', editor).sort()).toEqual([
      'blue-nine',
      'dana-blue-nine',
    ]);
    // The built-in entity keeps its other names (a member's legal name, beside the group).
    expect(tagsOf('News\n\nKo Da-na of Blue Nine sings.', editor).sort()).toEqual([
      'blue-nine',
      'dana-blue-nine',
    ]);
    expect(run('T\n\nBody.', editor).sharedNames).toEqual([
      {
        name: 'Dana',
        id: 'dana-actress',
        file: 'seeds/entities.json',
        line: 3,
        others: [{ id: 'dana-blue-nine', file: 'knowledge/curated/a.json', line: 4 }],
        outcome: 'editor',
      },
    ]);
  });
});

describe('membership', () => {
  it('refuse an entity that is a member of itself', () => {
    expect(problemsOf([{ id: 'solo', name: 'Solo', kind: 'group', memberOf: ['solo'] }])).toEqual([
      'seeds/entities.json:3: entity "solo" names itself in "memberOf"',
    ]);
  });

  it('refuse memberOf cycles, two entities long or longer', () => {
    expect(
      problemsOf([
        { id: 'unit-a', name: 'Unit A', kind: 'group', memberOf: ['unit-b'] },
        { id: 'unit-b', name: 'Unit B', kind: 'group', memberOf: ['unit-a'] },
        { id: 'x', name: 'X', kind: 'group', memberOf: ['y'] },
        { id: 'y', name: 'Y', kind: 'group', memberOf: ['blue-nine', 'z'] },
        { id: 'z', name: 'Z', kind: 'group', memberOf: ['x'] },
      ]),
    ).toEqual([
      'seeds/entities.json:3: "memberOf" goes round in a circle: unit-a -> unit-b -> unit-a',
      'seeds/entities.json:5: "memberOf" goes round in a circle: x -> y -> z -> x',
    ]);
  });
});

describe('silence and replaces', () => {
  it('refuse ids that name no built-in entity, at their own line', () => {
    expect(
      problemsOf(
        [{ id: 'blue-9', name: 'Blue 9', kind: 'group', replaces: ['blue-nine', 'blue-ten'] }],
        { silence: ['night-train', 'night-bus'] },
      ),
    ).toEqual([
      'seeds/entities.json:3: "replaces" names "blue-ten", which is no built-in entity',
      'seeds/entities.json:7: "silence" names "night-bus", which is no built-in entity',
    ]);
  });

  it('refuse ids the file itself defines, and ids named twice', () => {
    expect(
      problemsOf(
        [
          { id: 'blue-9', name: 'Blue 9', kind: 'group', replaces: ['blue-nine', 'blue-9'] },
          { id: 'night-train', name: 'Night Train', kind: 'show' },
        ],
        { silence: ['night-train', 'blue-nine'] },
      ),
    ).toEqual([
      'seeds/entities.json:3: "replaces" names "blue-9", which is no built-in entity',
      'seeds/entities.json:7: "silence" names "night-train", which this file defines at line 4',
      'seeds/entities.json:8: "silence" names "blue-nine", already named by "replaces" at line 3',
    ]);
  });
});

describe('content:check', () => {
  it('lists the names the registry shares with built-in entities, and what becomes of them', () => {
    const corpus = run('T\n\nBody.', [
      { id: 'dana-actress', name: 'Dana', kind: 'person' },
      { id: 'ko-da-na-ride', name: 'Ko Da-na', kind: 'character', show: 'night-train' },
    ]);
    expect(editorSummary(corpus)).toContain(
      [
        'Names seeds/entities.json shares with built-in entities (see docs/decisions/0014-registry-errors-and-shared-names.md):',
        '  "Dana" tags dana-actress unless the story names relatives of dana-blue-nine  [seeds/entities.json:3]',
        `  "Ko Da-na" ko-da-na-ride shares it with dana-blue-nine: the story's relatives decide  [seeds/entities.json:4]`,
      ].join('\n'),
    );
  });
});
