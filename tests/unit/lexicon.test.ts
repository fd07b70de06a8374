// The tagger's word tables (src/content/tag/lexicon/): one row a word, and the rules that
// read them agree on what they hold.
import { describe, expect, it } from 'vitest';
import { OUTSIDE_ROLES } from '../../src/content/tag/lexicon/outside-roles.ts';
import { ROLE_WORDS, ROLES } from '../../src/content/tag/lexicon/roles.ts';
import { VENUE_WORDS } from '../../src/content/tag/lexicon/venue-words.ts';
import { capitalizedRun, isRoleWord } from '../../src/content/tag/rules/phrases.ts';
import { NOT_NAMES } from '../../src/content/tag/lexicon/not-names.ts';
import { STOP } from '../../src/content/tag/lexicon/stop-words.ts';
import { CALENDAR } from '../../src/content/tag/lexicon/calendar.ts';
import { NOT_GIVEN_NAMES } from '../../src/content/tag/lexicon/korean-words.ts';
import { KPOP_WORDS } from '../../src/content/tag/lexicon/kpop-words.ts';
import { oneWordOrgNames } from '../../src/content/tag/org-words.ts';
import { findKoreanNames } from '../../src/content/tag/korean-name-spans.ts';
import { tokenize } from '../../src/content/names/names.ts';
import type { Knowledge } from '../../src/content/knowledge/build-knowledge.ts';

const duplicates = (words: string[]) => words.filter((w, i) => words.indexOf(w) !== i);

describe('lexicon tables', () => {
  it('hold each word once', () => {
    expect(duplicates(ROLES.map((r) => r.words.toLowerCase()))).toEqual([]);
    expect(duplicates(OUTSIDE_ROLES.map((r) => r.words))).toEqual([]);
    expect([...VENUE_WORDS].every((w) => w === w.toLowerCase())).toBe(true);
  });

  it('trim every one-word role the role rule finds names after', () => {
    for (const r of ROLES.filter((r) => !r.words.includes(' ')))
      expect(ROLE_WORDS.has(r.words.toLowerCase())).toBe(true);
    expect(capitalizedRun('Lyricist Kim Eana wrote it', 0)?.name).toBe('Kim Eana');
    expect(isRoleWord('Singer-songwriter')).toBe(true);
    expect(isRoleWord('Seo-ra')).toBe(false);
  });

  it('keep entertainment roles and roles outside it apart, but for company executives', () => {
    const inside = new Set(ROLES.map((r) => r.words.toLowerCase()));
    const both = OUTSIDE_ROLES.filter((r) => inside.has(r.words));
    expect(both.every((r) => r.business)).toBe(true);
  });

  it('keep their words in one home each: calendar words are stop words and not names', () => {
    for (const w of CALENDAR) expect(STOP.has(w) && NOT_NAMES.has(w), w).toBe(true);
    expect([...NOT_GIVEN_NAMES].every((w) => w === w.toLowerCase())).toBe(true);
    expect(KPOP_WORDS.has('maknae')).toBe(true);
  });
});

describe('names of networks, agencies and groups, from the knowledge', () => {
  const knowledge = (entities: { name: string; kind: string; aliases?: string[] }[]) =>
    ({ entities: entities.map((e, i) => ({ id: `e${i}`, ...e })) }) as unknown as Knowledge;
  const shapes = (text: string, known: ReadonlySet<string>) =>
    findKoreanNames({ text, tokens: tokenize(text), titleCase: false }, known)
      .filter((n) => n.sure)
      .map((n) => n.text);

  it('are never a given name, the day an editor adds the network', () => {
    const words = oneWordOrgNames(
      knowledge([
        { name: 'Dalbit Media', kind: 'org' },
        { name: 'NOVA', kind: 'group' },
        { name: 'Yeji', kind: 'group' },
      ]),
    );
    expect([...words].sort()).toEqual(['dalbit', 'nova']);
    expect(shapes('The show aired on Park Dalbit yesterday.', words)).toEqual([]);
    expect(shapes('The show aired on Park Dalbit yesterday.', new Set())).toEqual(['Park Dalbit']);
    // A group name that reads as Korean syllables is still someone's given name.
    expect(shapes('Hwang Yeji danced.', words)).toEqual(['Hwang Yeji']);
  });
});
