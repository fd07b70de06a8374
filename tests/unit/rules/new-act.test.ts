import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../../src/content/tag/prepare.ts';
import {
  membersInListBlocks,
  pairRespectively,
} from '../../../src/content/tag/rules/member-list-block.ts';
import { newAct } from '../../../src/content/tag/rules/new-act.ts';
import { contextOf, names, run } from './support.ts';

const found = (text: string, known = {}, options = {}) =>
  run(newAct, text, known, options).map((d) => ({
    kind: d.kind,
    name: d.name,
    ...(d.memberOf ? { memberOf: d.memberOf } : {}),
    ...(d.alias ? { alias: d.alias } : {}),
  }));

describe('new-act rule', () => {
  it('finds a new group with its Hangul name and the members the sentence lists', () => {
    expect(
      found(
        "RBW's new five-member girl group ARC9 (아크나인), made up of Riko, Han Seo-yun, Mei, Praewa and Dahye, debuts on May 2.",
      ),
    ).toEqual([
      { kind: 'group', name: 'ARC9', alias: '아크나인' },
      { kind: 'person', name: 'Riko', memberOf: 'ARC9' },
      { kind: 'person', name: 'Han Seo-yun', memberOf: 'ARC9' },
      { kind: 'person', name: 'Mei', memberOf: 'ARC9' },
      { kind: 'person', name: 'Praewa', memberOf: 'ARC9' },
      { kind: 'person', name: 'Dahye', memberOf: 'ARC9' },
    ]);
  });

  it('reads stylized names whole: &, /, dots, digits, parentheses', () => {
    expect(found('The rookie boy group &ORBIT unveiled its logo.')).toEqual([
      { kind: 'group', name: '&ORBIT' },
    ]);
    expect(found('Survival show winners will debut as Q/ZERO in March.')).toEqual([
      { kind: 'group', name: 'Q/ZERO' },
    ]);
    expect(found('The new girl group Q.ALIA dropped its first single.')).toEqual([
      { kind: 'group', name: 'Q.ALIA' },
    ]);
    expect(found('The new project group ALPHA DRIVE ONE was formed on the show.')).toEqual([
      { kind: 'group', name: 'ALPHA DRIVE ONE' },
    ]);
  });

  it('takes members whose stage names are ordinary words when a list introduces them', () => {
    expect(
      found(
        'The seven-member boy group LOOP/7, consisting of leader Dohyeon, Riku, Kit, Noah and Echo, won.',
      ),
    ).toEqual([
      { kind: 'group', name: 'LOOP/7' },
      { kind: 'person', name: 'Dohyeon', memberOf: 'LOOP/7' },
      { kind: 'person', name: 'Riku', memberOf: 'LOOP/7' },
      { kind: 'person', name: 'Kit', memberOf: 'LOOP/7' },
      { kind: 'person', name: 'Noah', memberOf: 'LOOP/7' },
      { kind: 'person', name: 'Echo', memberOf: 'LOOP/7' },
    ]);
  });

  it('knows "GROUP members A, B and C" for a group the knowledge has', () => {
    expect(found('TWICE members Nayeon, Momo and Sana attended.', { TWICE: 'group' })).toEqual([
      { kind: 'person', name: 'Nayeon', memberOf: 'TWICE' },
      { kind: 'person', name: 'Momo', memberOf: 'TWICE' },
      { kind: 'person', name: 'Sana', memberOf: 'TWICE' },
    ]);
  });

  it('lists members of the story’s group when the sentence does not name it', () => {
    expect(
      found('The five-member group is made up of Annie, Tarzzan, Bailey, Woochan and Youngseo.'),
    ).toEqual([
      { kind: 'person', name: 'Annie' },
      { kind: 'person', name: 'Tarzzan' },
      { kind: 'person', name: 'Bailey' },
      { kind: 'person', name: 'Woochan' },
      { kind: 'person', name: 'Youngseo' },
    ]);
  });

  it('reads a Title Case headline only where the name visibly ends', () => {
    const headline = { isTitle: true };
    expect(
      found('Bluewick\'s New Girl Group Q.ALIA Debuts With "Glasswing"', {}, headline),
    ).toEqual([{ kind: 'group', name: 'Q.ALIA' }]);
    expect(
      found('P NATION\'s First Girl Group Baby DONT Cry Arrive With "F Girl"', {}, headline),
    ).toEqual([]);
  });

  it('finds nothing where no act is introduced', () => {
    expect(found('The members performed the title track on stage.')).toEqual([]);
    expect(found('The jury is made up of critics and fans.')).toEqual([]);
    expect(found('The jury is made up of Kim Hye-ja and Lee Byung-hun.')).toEqual([]);
    expect(found('The group finished second in Seoul.')).toEqual([]);
    expect(found('He will make his big-screen debut as Kim Dok-ja in the film.')).toEqual([]);
    expect(found('She made her debut as Queen Mother in the film.')).toEqual([]);
    expect(found('all five members hold credits on their music')).toEqual([]);
  });
});

describe('member lists over several lines', () => {
  const story = (lines: string[]) =>
    prepareArticle({
      file: 'seeds/x.txt',
      line: 1,
      title: 'A Story',
      body: [{ type: 'paragraph', lines }],
      blockLines: [3],
    }).lines.slice(1);

  it('reads one member a line under "The members of GROUP are:", and pairs stage names', () => {
    const lines = story([
      'The final seven members of LOOP/7 (루프세븐), listed by ranking, are:',
      '- 1st: Seo Do-hyeon (서도현)',
      '- 2nd: Kittipat Rungrot',
      '- 3rd: Noah Whitfield',
      'The group will promote under the stage names Dohyeon, Kit and Noah, respectively.',
    ]);
    const context = contextOf();
    const block = membersInListBlocks(lines, context);
    expect(block.map((d) => [d.name, d.memberOf, d.alias])).toEqual([
      ['Seo Do-hyeon', 'LOOP/7', '서도현'],
      ['Kittipat Rungrot', 'LOOP/7', undefined],
      ['Noah Whitfield', 'LOOP/7', undefined],
    ]);
    const stage = newAct.find(lines[4]!, context);
    const paired = pairRespectively([...block, ...stage], lines);
    expect(paired.filter((d) => d.line === lines[4]!.line).map((d) => [d.name, d.alias])).toEqual([
      ['Dohyeon', 'Seo Do-hyeon'],
      ['Kit', 'Kittipat Rungrot'],
      ['Noah', 'Noah Whitfield'],
    ]);
  });

  it('stops at the first line that is no short list item', () => {
    const lines = story([
      'The line-up:',
      'Annie (애니)',
      'The agency said the members trained for years before the debut, and more.',
      'Bailey',
    ]);
    expect(membersInListBlocks(lines, contextOf()).map((d) => d.name)).toEqual(['Annie']);
  });
});

describe('a member list said of a stylized name', () => {
  it('takes that name as the group: "ODD/ETTE is made up of ..."', () => {
    const found = run(
      newAct,
      'ODD/ETTE is made up of leader Noa (노아), Rikka, Xinyue, Pim and Dal.',
    );
    expect(found.map((d) => [d.name, d.memberOf])).toEqual([
      ['Noa', 'ODD/ETTE'],
      ['Rikka', 'ODD/ETTE'],
      ['Xinyue', 'ODD/ETTE'],
      ['Pim', 'ODD/ETTE'],
      ['Dal', 'ODD/ETTE'],
    ]);
    // A word that is no group's name says nothing: a jury is made up of people too.
    expect(run(newAct, 'The jury is made up of Kim Ha-na, Lee Do-won and Park Se-ri.')).toEqual([]);
  });
  it('reads "will debut together as NAME" as a new group', () => {
    expect(
      names(newAct, 'The seven finalists will debut together as 1ST.LIGHT (퍼스트라이트).'),
    ).toEqual([['group', '1ST.LIGHT']]);
  });
});
