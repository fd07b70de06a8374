import { describe, expect, it } from 'vitest';
import { peopleList } from '../../../src/content/tag/rules/people-list.ts';
import { run } from './support.ts';

const found = (text: string) => run(peopleList, text).map((d) => [d.rule, d.name]);

describe('people-list rule', () => {
  it('takes the people a plural noun introduces, whatever their names look like', () => {
    expect(
      found('The singing voices belong to three artists: EJAE, Audrey Nuna and Rei Ami.'),
    ).toEqual([
      ['people-list', 'EJAE'],
      ['people-list', 'Audrey Nuna'],
      ['people-list', 'Rei Ami'],
    ]);
  });

  it('reads members after a colon or "are", past a clause about one of them', () => {
    expect(
      found(
        'The eight members confirmed on the finale are Lee Sang-won, who finished first, Zhou Anxin and He Xinlong.',
      ),
    ).toEqual([
      ['new-act', 'Lee Sang-won'],
      ['new-act', 'Zhou Anxin'],
      ['new-act', 'He Xinlong'],
    ]);
    expect(found('The nine members were picked on the show: Steven, JL and Daisuke.')).toEqual([
      ['new-act', 'Steven'],
      ['new-act', 'JL'],
      ['new-act', 'Daisuke'],
    ]);
  });

  it('takes the member after a possessive, and names with digits whole', () => {
    expect(found("The guests were Super Junior’s Leeteuk, Eunhyuk and Kep1er's Xiaoting.")).toEqual(
      [
        ['people-list', 'Leeteuk'],
        ['people-list', 'Eunhyuk'],
        ['people-list', 'Xiaoting'],
      ],
    );
  });

  it('leaves lists that are not of people, and a single name', () => {
    expect(found('The winners are listed below.')).toEqual([]);
    expect(found('The hosts are Jun Hyun-moo.')).toEqual([]);
    expect(found('The members of TWICE are Nayeon and Momo.')).toEqual([]);
  });
});
