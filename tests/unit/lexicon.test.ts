// The tagger's word tables (src/content/tag/lexicon/): one row a word, and the rules that
// read them agree on what they hold.
import { describe, expect, it } from 'vitest';
import { OUTSIDE_ROLES } from '../../src/content/tag/lexicon/outside-roles.ts';
import { ROLE_WORDS, ROLES } from '../../src/content/tag/lexicon/roles.ts';
import { VENUE_WORDS } from '../../src/content/tag/lexicon/venue-words.ts';
import { capitalizedRun, isRoleWord } from '../../src/content/tag/rules/phrases.ts';

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
});
