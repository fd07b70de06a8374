// The tagger on stories of our own: aliases, ambiguity and discovery.
import { describe, expect, it } from 'vitest';
import { LAYOUTS, bytes, corpusOf, readDir } from './support.ts';

const story = (title: string, ...paragraphs: string[]) => ({
  path: `seeds/${title.length}_${paragraphs.length}.txt`,
  bytes: bytes(`• ${title}\n\n${paragraphs.join('\n\n')}\n`),
});
const tagsOf = (title: string, ...paragraphs: string[]) =>
  corpusOf([story(title, ...paragraphs)]).articles[0]!.tags;
const ids = (title: string, ...paragraphs: string[]) =>
  tagsOf(title, ...paragraphs).map((t) => t.id);

describe('registry aliases', () => {
  it('resolve hyphenated, spaced, joined and Hangul forms to one tag', () => {
    for (const name of ['Lee Jae-kyu', 'Lee Jae Kyu', 'Lee Jaekyu', 'LEE JAE KYU', '이재규']) {
      expect(ids('A Director Speaks', `${name} gave an interview.`), name).toEqual(['lee-jae-kyu']);
    }
  });
  it('resolve a stage name and a legal name to the same person', () => {
    expect(ids('Return', 'Steve Yoo spoke.')).toEqual(['steve-yoo']);
    expect(ids('Return', 'Yoo Seung Jun spoke.')).toEqual(['steve-yoo']);
    expect(ids('Return', '유승준 spoke.')).toEqual(['steve-yoo']);
  });
  it('match on word boundaries and respect capitals', () => {
    expect(ids('Numbers', 'Seven days later, the BTSarmy account posted.')).toEqual([]);
    expect(ids('Numbers', 'The subtitles were jungkookish.')).toEqual([]);
  });

  it('match a name registered in lowercase, as K-pop styles some', () => {
    const registry = JSON.stringify({ entities: [{ id: 'aespa', name: 'aespa', kind: 'group' }] });
    const corpus = corpusOf([story('Girl Groups', 'Girl group aespa met IVE.')], registry);
    expect(corpus.articles[0]!.tags.map((t) => t.id)).toEqual(['aespa']);
  });
});

describe('ambiguous names', () => {
  it('tag "Jimin" as the BTS member when the story names BTS', () => {
    expect(ids('Solo News', 'BTS member Jimin released a single.')).toEqual(
      expect.arrayContaining(['bts', 'park-jimin']),
    );
  });
  it('tag "Jimin" as the character when the story names the show', () => {
    const tags = ids('Zombie Drama', '"All of Us Are Dead" viewers loved Jimin.');
    expect(tags).toContain('jimin-all-of-us-are-dead');
    expect(tags).not.toContain('park-jimin');
  });
  it('tag a bare "Jimin" with no context as nobody', () => {
    expect(ids('Name Day', 'Jimin is a popular name.')).toEqual([]);
  });
  it('tag a context-bound song only with its artist named', () => {
    expect(ids('Charts', 'Seven is a number.')).toEqual([]);
    expect(ids('Charts', 'Jungkook’s "Seven" topped the chart.')).toEqual([
      'jungkook',
      'seven-jungkook',
    ]);
  });
});

describe('discovery', () => {
  it('finds people after role words and titles next to kind words', () => {
    const tags = tagsOf(
      'Rookie Drama "Moon Garden" Confirms Cast',
      'Actress Kim Ha Neul and rapper Zico joined the drama "Moon Garden".',
      'The series is directed by Ahn Pan Seok.',
      'Zico sang the OST "Night Walk" with K-pop idol group member Yuna.',
    );
    expect(tags.map((t) => [t.kind, t.name])).toEqual(
      expect.arrayContaining([
        ['show', 'Moon Garden'],
        ['person', 'Kim Ha Neul'],
        ['person', 'Zico'],
        ['person', 'Ahn Pan Seok'],
        ['song', 'Night Walk'],
        ['person', 'Yuna'],
      ]),
    );
  });
  it('reads "Name (Name)" as character and actor in a story about a show, and as two names of one person otherwise', () => {
    const show = tagsOf(
      'Zombie Drama Recap',
      '"All of Us Are Dead" fans love Mi Jin (Lee Eun Saem).',
    );
    expect(show.map((t) => [t.kind, t.name])).toEqual(
      expect.arrayContaining([
        ['character', 'Mi Jin'],
        ['person', 'Lee Eun Saem'],
      ]),
    );
    const corpus = corpusOf(readDir(LAYOUTS, 'fixtures'));
    const rain = corpus.discovered.find((d) => d.name === 'Rain');
    expect(rain).toMatchObject({ kind: 'person', aliases: ['Jung Ji Hoon'] });
  });
  it('reads "Name (Hangul)" as another name of the same entity', () => {
    const corpus = corpusOf(readDir(LAYOUTS, 'fixtures'));
    expect(corpus.discovered.find((d) => d.name === 'Jang Won Young')).toMatchObject({
      kind: 'person',
      aliases: ['장원영'],
    });
  });
  it('finds quoted titles in headlines, with the kind the headline suggests', () => {
    expect(
      tagsOf('NewJeans ‘How Sweet’ Passes 100 Million Streams', 'Fans cheered.').map((t) => [
        t.kind,
        t.name,
      ]),
    ).toEqual([['song', 'How Sweet']]);
    expect(tagsOf('Star Shares Message: "I Love You, Korea"', 'Fans cheered.')).toEqual([]);
  });
  it('resolves a discovered name to the registry tag when it is an alias of one', () => {
    expect(ids('Director Interview', 'Director Lee Jae-kyu said the show will return.')).toEqual([
      'lee-jae-kyu',
    ]);
  });
  it('makes one tag of a name discovered in several stories, and tags it wherever it appears', () => {
    const corpus = corpusOf([
      story('First', 'Director Bong Joon Ho won an award.'),
      story('Second Story', 'Fans met Bong Joon Ho in Seoul.'),
    ]);
    expect(corpus.articles.map((a) => a.tags.map((t) => t.id))).toEqual([
      ['bong-joon-ho'],
      ['bong-joon-ho'],
    ]);
    expect(corpus.discovered).toHaveLength(1);
  });
  it('skips names an editor put on the ignore list', () => {
    const registry = JSON.stringify({ entities: [], ignore: ['Moon Garden'] });
    const corpus = corpusOf([story('Drama "Moon Garden" Airs', 'Body.')], registry);
    expect(corpus.articles[0]!.tags).toEqual([]);
  });
});
