import { describe, expect, it } from 'vitest';
import { newAct } from '../../../src/content/tag/rules/new-act.ts';
import { run } from './support.ts';

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
