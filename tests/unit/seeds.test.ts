// The real seeds: nothing of a story is lost, and the five articles come out right.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/contract/model.ts';
import { TITLE_BULLET, LIST_MARKER, isTrailer } from '../../src/content/read/text.ts';
import { LAYOUTS, SEEDS, corpusOf, readDir, seedCorpus, tagIds } from './support.ts';

/** Compare lines without the whitespace, bullets and quote repairs the parser applies. */
const fold = (line: string) =>
  line
    .trim()
    .replace(TITLE_BULLET, '')
    .replace(LIST_MARKER, '')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'");

const blockLines = (b: Block) => (b.type === 'list' ? b.items : b.lines);

describe.each([
  ['seeds', SEEDS],
  ['layout fixtures', LAYOUTS],
])('nothing is lost: %s', (prefix, dir) => {
  const corpus = corpusOf(readDir(dir, prefix));
  const outLines = corpus.articles
    .flatMap((a) => [a.title, ...a.body.flatMap(blockLines)])
    .map(fold);

  it('puts every seed line except trailers in exactly one title or body line', () => {
    for (const seed of readDir(dir, prefix)) {
      const lines = new TextDecoder()
        .decode(seed.bytes)
        .replace(/^\uFEFF/, '')
        .split(/\r\n?|\n/);
      for (const line of lines.filter((l) => l.trim() !== '' && !isTrailer(l))) {
        expect(
          outLines.filter((l) => l === fold(line)),
          `${seed.path}: ${line}`,
        ).toHaveLength(1);
      }
    }
  });

  it('adds no line that is not in a seed', () => {
    const seedText = readDir(dir, prefix)
      .map((s) => new TextDecoder().decode(s.bytes))
      .join('\n');
    const all = new Set(seedText.split(/\r\n?|\n/).map(fold));
    for (const line of outLines) expect(all.has(line), line).toBe(true);
  });
});

describe('the five seed articles', () => {
  const corpus = seedCorpus();

  it('have the right titles, in seed order', () => {
    expect(corpus.articles.map((a) => [a.file.slice(6, 9), a.title])).toEqual([
      ['000', '"All of Us Are Dead" Director Apologizes For The Shows Controversial Scenes'],
      [
        '000',
        'BTS’s Jungkook Makes History Again as ‘Seven’ Enters Spotify’s Top 90 Most-Streamed Songs — The ONLY Asian Song on the List',
      ],
      ['001', '"All of Us Are Dead" Director Considers The Possibility of Season 2'],
      [
        '001',
        'Steve Yoo Still Dreaming of Returning to South Korea Shares Emotional Message after 23 Years: "I Love You, Korea"',
      ],
      [
        '002',
        '“All of Us Are Dead” Director Reveals He Feel Pressured To Meet Viewers Expectations Because of “Squid Game”',
      ],
    ]);
  });

  it('have readable permalinks', () => {
    expect(corpus.articles.map((a) => a.slug.replace(/-[0-9a-f]{6}$/, ''))).toEqual([
      'all-of-us-are-dead-director-apologizes-for-the-shows-controversial-scenes',
      'bts-jungkook-makes-history-again-as-seven-enters-spotify-top-90-most-streamed',
      'all-of-us-are-dead-director-considers-the-possibility-of-season-2',
      'steve-yoo-still-dreaming-of-returning-to-south-korea-shares-emotional-message',
      'all-of-us-are-dead-director-reveals-he-feel-pressured-to-meet-viewers',
    ]);
  });

  it('keep the Jungkook story’s list and fan comments as typed blocks', () => {
    const jungkook = corpus.articles[1]!;
    expect(jungkook.body.map((b) => b.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'list',
      'paragraph',
      'paragraph',
      'paragraph',
      'quote',
      'paragraph',
    ]);
    expect(jungkook.body[4]).toMatchObject({
      type: 'list',
      items: [
        expect.stringMatching(/^Fastest song/),
        expect.stringMatching(/^First K-pop/),
        expect.stringMatching(/^Longest-charting/),
      ],
    });
  });

  it('tag the three All of Us Are Dead stories with one show tag and one director tag', () => {
    const aouad = corpus.articles.filter((a) => a.title.includes('All of Us Are Dead'));
    expect(aouad).toHaveLength(3);
    for (const a of aouad)
      expect(a.tags.map((t) => t.id)).toEqual(
        expect.arrayContaining(['all-of-us-are-dead', 'lee-jae-kyu']),
      );
    const showTags = new Set(
      corpus.articles
        .flatMap((a) => a.tags)
        .filter((t) => t.name === 'All of Us Are Dead')
        .map((t) => t.id),
    );
    expect(showTags).toEqual(new Set(['all-of-us-are-dead']));
  });

  it('tag the Jungkook story with Jungkook, BTS and the song Seven', () => {
    expect(tagIds(corpus, 'bts-jungkook')).toEqual(
      expect.arrayContaining(['jungkook', 'bts', 'seven-jungkook']),
    );
  });

  it('read "Jimin" in the All of Us Are Dead story as the character, not the BTS member', () => {
    const ids = tagIds(corpus, 'all-of-us-are-dead-director-apologizes');
    expect(ids).toContain('jimin-all-of-us-are-dead');
    expect(ids).not.toContain('park-jimin');
  });

  it('tag Steve Yoo once, whichever name the story uses', () => {
    expect(tagIds(corpus, 'steve-yoo')).toEqual(['steve-yoo']);
  });

  it('tag characters with their actors in the stories that name the show', () => {
    expect(tagIds(corpus, 'all-of-us-are-dead-director-considers')).toEqual(
      expect.arrayContaining(['choi-nam-ra', 'cho-yi-hyun', 'lee-cheong-san', 'yoon-chan-young']),
    );
  });

  it('discover names the registry lacks, and list them after the registry tags', () => {
    expect(corpus.discovered.map((d) => [d.kind, d.name])).toEqual([
      ['show', 'Dark Desire'],
      ['song', 'I’m Not The Only One'],
      ['song', 'Payphone'],
      ['song', 'We Don’t Talk Anymore'],
    ]);
    expect(tagIds(corpus, 'bts-jungkook')).toEqual([
      'bts',
      'jungkook',
      'seven-jungkook',
      'spotify',
      'we-dont-talk-anymore',
      'im-not-the-only-one',
      'payphone',
    ]);
  });

  it('tag Squid Game and its director from the registry', () => {
    expect(tagIds(corpus, 'all-of-us-are-dead-director-reveals')).toEqual(
      expect.arrayContaining(['squid-game', 'hwang-dong-hyuk', 'chun-sung-il']),
    );
  });

  it('the registry file parses', () => {
    expect(() => JSON.parse(readFileSync(join(SEEDS, 'entities.json'), 'utf8'))).not.toThrow();
  });
});
