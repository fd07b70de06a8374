import { notATitle } from '../../../src/content/tag/rules/phrases.ts';
import { describe, expect, it } from 'vitest';
import { headlineTitle } from '../../../src/content/tag/rules/headline-title.ts';
import { kindTitle } from '../../../src/content/tag/rules/kind-title.ts';
import { markedTitle } from '../../../src/content/tag/rules/marked-title.ts';
import { quotedTitle } from '../../../src/content/tag/rules/quoted-title.ts';
import { titleList } from '../../../src/content/tag/rules/title-list.ts';
import { contextOf, lineOf, names } from './support.ts';

describe('quoted-title rule', () => {
  it('takes the kind word from anywhere in the sentence', () => {
    expect(names(quotedTitle, '“Golden Hour” is his first solo album since 2020.')).toEqual([
      ['album', 'Golden Hour'],
    ]);
    expect(names(quotedTitle, 'The drama, which follows a lawyer, is called "Pro Bono".')).toEqual([
      ['show', 'Pro Bono'],
    ]);
  });
  it('gives a list of quoted titles the kind of the first', () => {
    expect(names(quotedTitle, 'hits like “Dynamite”, “Butter” and “Permission to Dance”')).toEqual([
      ['song', 'Dynamite'],
      ['song', 'Butter'],
      ['song', 'Permission to Dance'],
    ]);
  });
  it("takes the story's topic for a quote in a sentence, not for a line that is only a quote", () => {
    const aboutShows = { ...contextOf(), topic: 'show' as const };
    const found = (text: string) => quotedTitle.find(lineOf(text), aboutShows).map((d) => d.name);
    expect(found('Fans are still talking about “Queen of Tears” this week.')).toEqual([
      'Queen of Tears',
    ]);
    // A fan's reply quoted on its own line is someone speaking, not a work.
    expect(found('“Yoon Ha Yeon was amazing”')).toEqual([]);
    expect(found('"Season Two Please"')).toEqual([]);
  });
  it('skips quoted speech and quotes with no kind word', () => {
    expect(names(quotedTitle, 'He said, "I love you all, thank you for waiting."')).toEqual([]);
    expect(names(quotedTitle, 'Fans wrote "Forever Young" on banners.')).toEqual([]);
  });
});

describe('title-list rule', () => {
  it('reads unquoted titles listed after a kind word', () => {
    expect(
      names(titleList, 'She wrote dramas such as Goblin, Reply 1988 and Signal before that.'),
    ).toEqual([
      ['show', 'Goblin'],
      ['show', 'Reply 1988'],
      ['show', 'Signal'],
    ]);
    expect(names(titleList, 'hits including Hype Boy and Ditto.')).toEqual([
      ['song', 'Hype Boy'],
      ['song', 'Ditto'],
    ]);
  });
  it('stops where the list turns into prose', () => {
    expect(names(titleList, 'films like the ones we loved as kids')).toEqual([]);
  });
});

describe('marked-title rule', () => {
  it('reads titles marked as working or literal titles', () => {
    expect(
      names(markedTitle, 'He joins the drama Project Seoul (working title) next year.'),
    ).toEqual([['show', 'Project Seoul']]);
    expect(names(markedTitle, 'Her single “Sarang” (literal title) tops charts.')).toEqual([
      ['song', 'Sarang'],
    ]);
  });
});

describe('kind-title rule', () => {
  it('reads an unquoted title after its kind word', () => {
    expect(
      names(kindTitle, 'She starred in the drama Queen of Tears, then the webtoon Lookism.'),
    ).toEqual([
      ['show', 'Queen of Tears'],
      ['show', 'Lookism'],
    ]);
  });
  it('does not take a person after the kind word', () => {
    expect(names(kindTitle, 'the film Kim Tae-ri starred in')).toEqual([]);
  });
});

describe('headline-title rule', () => {
  it('takes the kind from the nearest kind word of the headline', () => {
    expect(
      names(
        headlineTitle,
        'NewJeans ‘How Sweet’ Passes 100 Million Streams',
        {},
        { isTitle: true },
      ),
    ).toEqual([['song', 'How Sweet']]);
    expect(
      names(headlineTitle, 'Star Shares Message: "I Love You, Korea"', {}, { isTitle: true }),
    ).toEqual([]);
  });
});

describe('what is never a title', () => {
  it('a date or a number in quotes', () => {
    expect(notATitle('2026.03.20')).toBe(true);
    expect(notATitle('3/20')).toBe(true);
    expect(notATitle('2NE1')).toBe(false);
    expect(notATitle('24')).toBe(true);
  });
});

describe('quoted names that are no work of ours', () => {
  it('a concert, a novel or a slogan right before the quotes', () => {
    expect(
      names(
        quotedTitle,
        'He performed with ASTRO at the group’s fourth solo concert "Stargraphy" in Incheon.',
      ),
    ).toEqual([]);
    expect(
      names(
        quotedTitle,
        'The film is adapted from Donald Westlake’s novel "The Ax" and stars Lee Byung-hun.',
      ),
    ).toEqual([]);
    expect(
      names(quotedTitle, 'The drama is based on the web novel "Jeongnyeon" by a new author.'),
    ).toEqual([['show', 'Jeongnyeon']]);
  });
});
