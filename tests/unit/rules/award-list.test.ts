import { describe, expect, it } from 'vitest';
import { awardList } from '../../../src/content/tag/rules/award-list.ts';
import { names } from './support.ts';

describe('award-list rule', () => {
  it('takes the winner and the work, never the category', () => {
    expect(names(awardList, '- Best New Actor – Choo Young-woo ("The Tale of Lady Ok")')).toEqual([
      ['person', 'Choo Young-woo'],
      ['show', 'The Tale of Lady Ok'],
    ]);
    expect(names(awardList, '- Best Picture – "No Other Choice"')).toEqual([
      ['show', 'No Other Choice'],
    ]);
  });

  it('reads music winners: groups in capitals or stylized, several to a line', () => {
    expect(names(awardList, '- Golden Choice – ARrC, CLOSE YOUR EYES')).toEqual([
      ['group', 'ARrC'],
      ['group', 'CLOSE YOUR EYES'],
    ]);
    expect(names(awardList, '- Best Performance – izna, TWS', { TWS: 'group' })).toEqual([
      ['group', 'izna'],
      ['group', 'TWS'],
    ]);
  });

  it('leaves lines that are no award list', () => {
    expect(names(awardList, 'Seoul – The city hosted the festival.')).toEqual([]);
    expect(names(awardList, '- 1st: Seo Do-hyeon')).toEqual([]);
  });
});
