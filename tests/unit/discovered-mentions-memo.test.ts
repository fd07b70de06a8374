// discoveredMentions reuses a story's own mentions while the story, the discoveries made in
// it and the discovered entities as discoveredScope hashes them are the same. Each field the
// function reads of an entity changes what it finds in the story below; with the scope made
// of discoveredScope, a run that reuses the last one's mentions finds what a run from nothing
// finds after each change (leave a field out of discoveredScope and its case fails).
import { describe, expect, it } from 'vitest';
import {
  discoveredMentions,
  discoveredScope,
  type StoryMentions,
} from '../../src/content/tag/discovered-mentions.ts';
import type { DiscoveredEntity } from '../../src/content/tag/merge-discovered.ts';
import { prepareArticle } from '../../src/content/tag/prepare.ts';
import { parseSeedText } from '../../src/content/read/parse.ts';
import { emptyMemo, memoRun } from '../../src/content/run-memo.ts';
import type { RuleName } from '../../src/content/tag/rules/rule.ts';

const [article] = parseSeedText(
  'seeds/fan.txt',
  "Fans Fill a Cafe\nDate: 2026-11-29\n\nKit, Noah and Echo of LUMENA greeted fans. Han Suh-jin sang 'First Glow' there.\n",
);
const prepared = [prepareArticle(article!)];

const entity = (
  id: string,
  name: string,
  kind: string,
  more: { key?: string; rule?: RuleName; aliases?: string[]; memberOf?: string[] } = {},
): DiscoveredEntity =>
  ({
    id,
    name,
    kind,
    ...(more.aliases ? { aliases: more.aliases } : {}),
    ...(more.memberOf ? { memberOf: more.memberOf } : {}),
    draft: {
      key: more.key ?? name.toLowerCase(),
      spellings: [name],
      votes: new Map(),
      aliases: new Set(),
      memberOf: new Set(),
      occurrences: [{ file: 'seeds/other.txt', line: 3, rule: more.rule ?? 'new-act' }],
      articles: new Map(),
    },
  }) as DiscoveredEntity;

const BASE = [
  entity('lumena', 'LUMENA', 'group'),
  entity('kit', 'Kit', 'person', { memberOf: ['lumena'] }),
  entity('noah', 'Noah', 'person', { memberOf: ['lumena'] }),
  entity('echo', 'Echo', 'person'),
  entity('han-seo-jin', 'Han Seo-jin', 'person', { key: 'k:한|sujin' }),
  entity('first-glow', 'First Glow', 'song'),
];
const change = (id: string, f: (e: DiscoveredEntity) => DiscoveredEntity) =>
  BASE.map((e) => (e.id === id ? f(e) : e));

describe("a story's discovered mentions reused", () => {
  it('are found again when what discoveredScope reads of the entities changes', () => {
    const memo = emptyMemo<StoryMentions>();
    const run = (entities: DiscoveredEntity[], reusing: boolean) => {
      const placing = memoRun(reusing ? memo : undefined, discoveredScope(entities));
      const found = discoveredMentions(
        entities,
        (ai) => prepared[ai]!,
        [new Set()],
        [new Set()],
        () => undefined,
        (_, here, make) => placing.get(JSON.stringify(here), make),
      );
      placing.done();
      return found;
    };
    const plain = run(BASE, false);
    expect(plain[0]!.map((m) => m.id)).toEqual(
      expect.arrayContaining(['lumena', 'kit', 'noah', 'han-seo-jin', 'first-glow']),
    );
    const cases: [string, DiscoveredEntity[]][] = [
      ['name', change('lumena', (e) => ({ ...e, name: 'LUMINA' }))],
      ['kind', change('first-glow', (e) => ({ ...e, kind: 'person' }))],
      ['aliases', change('kit', (e) => ({ ...e, aliases: ['Echo'] }))],
      ['id', change('first-glow', (e) => ({ ...e, id: 'first-glow-2' }))],
      ['memberOf', change('echo', (e) => ({ ...e, memberOf: ['lumena'] }))],
      ['merge key', change('han-seo-jin', (e) => ({ ...e, draft: { ...e.draft, key: 'k:x' } }))],
      [
        'rules',
        change('lumena', (e) => ({
          ...e,
          draft: { ...e.draft, occurrences: [{ file: 'seeds/other.txt', line: 3, rule: 'cast' }] },
        })),
      ],
    ];
    for (const [what, entities] of cases) {
      run(BASE, true);
      const fresh = run(entities, false);
      expect(fresh, what).not.toEqual(plain);
      expect(run(entities, true), what).toEqual(fresh);
    }
  });
});
