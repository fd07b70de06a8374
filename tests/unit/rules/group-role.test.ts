import { describe, expect, it } from 'vitest';
import { groupRole } from '../../../src/content/tag/rules/group-role.ts';
import { run } from './support.ts';

const found = (text: string, known = {}) =>
  run(groupRole, text, known).map((d) => [d.name, d.memberOf]);

describe('group-role rule', () => {
  it('reads GROUP member/leader/maknae MEMBER', () => {
    expect(
      found('EXO member Kai and BTS leader RM met Stray Kids’ maknae I.N.', {
        Kai: 'person',
        'Stray Kids': 'group',
      }),
    ).toEqual([
      ['Kai', 'EXO'],
      ['RM', 'BTS'],
      ['I.N', 'Stray Kids'],
    ]);
  });
  it('needs a group before the role word', () => {
    expect(found('The member Kai spoke.', { Kai: 'person' })).toEqual([]);
  });
});
