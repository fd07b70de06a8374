// The knowledge layers: open data, curated files and the editor's registry on top.
import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/content/knowledge/build-knowledge.ts';
import { kpopnetEntities, type KpopnetProfiles } from '../../src/content/knowledge/kpopnet.ts';

const file = (path: string, entities: object[], extra: object = {}) => ({
  path,
  text: `{\n  "entities": [\n${entities.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]${
    Object.keys(extra).length ? `,\n  ${JSON.stringify(extra).slice(1, -1)}` : ''
  }\n}\n`,
});

const curated = file('knowledge/curated/a.json', [
  { id: 'twice', name: 'TWICE', kind: 'group' },
  {
    id: 'nayeon-twice',
    name: 'Nayeon',
    kind: 'person',
    aliases: ['Im Na-yeon'],
    memberOf: ['twice'],
  },
  { id: 'old-song', name: 'Old Song', kind: 'song', by: ['twice'] },
]);

const build = (editor: object[], extra: object = {}) => {
  const result = buildKnowledge({ curated: [curated] }, file('seeds/entities.json', editor, extra));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return new Map(result.knowledge.entities.map((e) => [e.id, e]));
};

describe('knowledge layers', () => {
  it('let the editor rename a built-in entity, keeping its spellings as aliases', () => {
    const e = build([{ id: 'nayeon-twice', name: 'Im Nayeon', kind: 'person' }]).get(
      'nayeon-twice',
    )!;
    expect(e.name).toBe('Im Nayeon');
    expect(e.aliases).toEqual(expect.arrayContaining(['Nayeon', 'Im Na-yeon']));
    expect(e.memberOf).toEqual(['twice']);
  });
  it('merge built-in entities into an editor entity with "replaces", links following', () => {
    const all = build([{ id: 'twice-group', name: 'TWICE', kind: 'group', replaces: ['twice'] }]);
    expect(all.has('twice')).toBe(false);
    expect(all.get('nayeon-twice')!.memberOf).toEqual(['twice-group']);
  });
  it('turn built-in entities off with "silence", and the links to them', () => {
    const all = build([], { silence: ['twice'] });
    expect(all.has('twice')).toBe(false);
    expect(all.get('nayeon-twice')!.memberOf).toEqual([]);
  });
  it('report an id defined twice across curated files and a relation to nowhere, with file and line', () => {
    const other = file('knowledge/curated/b.json', [
      { id: 'twice', name: 'Twice', kind: 'group' },
      { id: 'x', name: 'X', kind: 'song', by: ['nobody'] },
    ]);
    const result = buildKnowledge({ curated: [curated, other] }, file('seeds/entities.json', []));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      {
        file: 'knowledge/curated/b.json',
        line: 3,
        message: 'entity id "twice" is already defined at knowledge/curated/a.json:3',
      },
      {
        file: 'knowledge/curated/b.json',
        line: 4,
        message: 'entity "x" relates to unknown entity "nobody"',
      },
    ]);
  });
});

describe('kpopnet.json mapping', () => {
  const data: KpopnetProfiles = {
    groups: [
      {
        id: 'g1',
        name: 'TWICE',
        name_original: '트와이스',
        name_alias: null,
        agency_name: 'JYP Entertainment',
        members: [],
        parent_id: null,
        debut_date: '2015-10-20',
      },
      {
        id: 'g2',
        name: 'MISAMO',
        name_original: '미사모',
        name_alias: null,
        agency_name: '',
        members: [],
        parent_id: 'g1',
        debut_date: '2023-07-26',
      },
    ],
    idols: [
      {
        id: 'i1',
        name: 'Sana',
        name_original: '사나',
        real_name: 'Minatozaki Sana',
        real_name_original: '湊﨑 紗夏',
        name_alias: null,
        groups: ['g2', 'g1'],
      },
      {
        id: 'i2',
        name: 'Nayeon',
        name_original: '나연',
        real_name: 'Im Nayeon',
        real_name_original: '임나연',
        name_alias: null,
        groups: ['g1'],
      },
    ],
  };
  const entities = new Map(
    kpopnetEntities(data, (n) => (n === 'JYP Entertainment' ? 'jyp' : undefined)).map((e) => [
      e.id,
      e,
    ]),
  );
  it('names an idol after their first group, with legal, Hangul and both-order names', () => {
    expect(entities.get('sana-twice')).toMatchObject({
      name: 'Sana',
      kind: 'person',
      aliases: ['사나', 'Minatozaki Sana', 'Sana Minatozaki', '湊﨑 紗夏'],
      memberOf: ['twice', 'misamo'],
    });
    expect(entities.get('nayeon-twice')!.aliases).toEqual(['나연', 'Im Nayeon', '임나연']);
  });
  it('maps groups with their Hangul name, parent group and known agency', () => {
    expect(entities.get('twice')).toMatchObject({ aliases: ['트와이스'], agency: ['jyp'] });
    expect(entities.get('misamo')).toMatchObject({ memberOf: ['twice'] });
  });
});
