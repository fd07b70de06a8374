// Names read in their context: whose a possessive says, a given name of the story's full name,
// a name inside a longer title, a quoted reference, and the titles a story says are one work.
import { describe, expect, it } from 'vitest';
import { bytes, corpusOf, tagStories, tagStoriesCorpus } from './support.ts';
import { titleAliasesIn } from '../../src/content/tag/title-aliases.ts';
import { prepareArticle } from '../../src/content/tag/prepare.ts';

let n = 0;
const story = (title: string, ...paragraphs: string[]) => ({
  path: `seeds/${String(n++).padStart(3, '0')}.txt`,
  bytes: bytes(`• ${title}\n\n${paragraphs.join('\n\n')}\n`),
});
const ids = (title: string, ...paragraphs: string[]) =>
  corpusOf([story(title, ...paragraphs)]).articles[0]!.tags.map((t) => t.id);

describe('a possessive owner', () => {
  it('picks which of two people of one name the story means', async () => {
    // Two people are called Park Jin-young: the JYP founder and GOT7's Jinyoung. The story
    // names the founder's agency too; the possessive is the nearer relative.
    const [tags] = await tagStories(
      "Drama Cast\n\nGOT7's Park Jin-young joins the cast. JYP Entertainment congratulated him.\n",
    );
    expect(tags).toContain('person:Jinyoung');
    expect(tags).not.toContain('person:Park Jin-young');
  });
});

describe("a given name of the story's full name", () => {
  it('is that person, not a one-word name of the knowledge that folds the same', () => {
    const tags = ids(
      'A Singer Is Born',
      'The series follows Yoon Jeong-nyeon, a girl from Mokpo. Kim Tae-ri plays Jeong-nyeon.',
    );
    expect(tags).not.toContain('jeongnyeon-the-star-is-born');
  });
});

describe('a name inside a longer quoted title', () => {
  it('is a word of that title', () => {
    expect(
      ids('Fan Meeting', 'At the "SEVENTEEN in CARAT LAND" fan meeting, the host thanked fans.'),
    ).not.toContain('seventeen');
  });
  it('but a credit in brackets after a title leaves the title whole', () => {
    expect(ids('Charts', 'Jungkook’s "Seven (feat. Latto)" topped the chart.')).toContain(
      'seven-jungkook',
    );
  });
});

describe('quoted names that are no work of the story', () => {
  it('a reference inside a song and a band of people are not tags', () => {
    const tags = ids(
      'Debut Song',
      'The new track weaves in snippets of "Morning Bells Ringing" over a drum line.',
      'In the drama, he is a carefree member of Gangnam\'s "Orange Tribe" in 1997.',
    );
    expect(tags).not.toContain('morning-bells-ringing');
    expect(tags).not.toContain('orange-tribe');
  });
});

describe('titles a story says are one work', () => {
  const prepared = (...lines: string[]) =>
    prepareArticle({
      file: 'seeds/x.txt',
      line: 1,
      title: 'A Drama',
      body: lines.map((l) => ({ type: 'paragraph' as const, lines: [l] })),
      blockLines: lines.map((_, i) => 3 + 2 * i),
    });
  it('are read on one line and across a story', () => {
    expect(
      titleAliasesIn(
        prepared(
          'tvN\'s "Paper Lanterns," previously known by the working title "Lantern Road," airs.',
        ).lines,
      ).map((a) => a.titles),
    ).toEqual([['Paper Lanterns', 'Lantern Road']]);
    expect(
      titleAliasesIn(
        prepared(
          'She was cast in "The Prince Has Gone" (working title), a comedy.',
          'Update: The series later premiered under the English title "Missing Prince."',
        ).lines,
      ).map((a) => a.titles),
    ).toEqual([['The Prince Has Gone', 'Missing Prince']]);
    expect(titleAliasesIn(prepared('"Paper Lanterns" and "Lantern Road" both air.').lines)).toEqual(
      [],
    );
  });
  it('make one tag across the site, known or new', () => {
    const corpus = corpusOf([
      story(
        'Casting News',
        'Han Ji-min leads the drama "Glass Harbor Nights" (working title), produced by tvN.',
        'The series later premiered under the English title "Harbor Lights Tonight."',
      ),
      story('Ratings', 'The drama "Harbor Lights Tonight" rose to 8 percent this weekend.'),
      story('Old News', 'The drama "Glass Harbor Nights" has begun filming.'),
    ]);
    const shows = corpus.articles.map((a) =>
      a.tags.filter((t) => t.kind === 'show').map((t) => t.id),
    );
    expect(new Set(shows.flat()).size).toBe(1);
    expect(shows.every((s) => s.length === 1)).toBe(true);
  });
});

describe("an idol's legal name", () => {
  it("given as a new member's other name, is not the idol without the idol's group", async () => {
    // Choi Han-sol is SEVENTEEN's Vernon's legal name, and here a trainee's.
    const [tags] = await tagStories(
      'Final Line-up\n\nThe final line-up:\n- Junseo (Han Jun-seo)\n- Chance (Choi Han-sol)\n- Arrow (Jang Ha-ram)\n',
    );
    expect(tags).not.toContain('person:Vernon');
    const [withGroup] = await tagStories(
      "Hip-hop Unit\n\nSEVENTEEN's hip-hop unit met fans. Choi Han-sol, known as Vernon, spoke.\n",
    );
    expect(withGroup).toContain('person:Vernon');
  });
});

describe('two spellings of one romanization key', () => {
  it('stay two people with nothing in common, and content:check lists the near miss', async () => {
    const corpus = await tagStoriesCorpus(
      'Trainee Ranks\n\nTrainee Yoon Do-hyeon topped the vote on the survival show "Boys Rising Up" this week.\n',
      'Drama Cast\n\nActor Yoon Do-hyun will star in the legal drama "Quiet Verdict" next year.\n',
    );
    const ids = corpus.articles.map((a) => a.tags.filter((t) => t.kind === 'person')[0]?.id);
    expect(new Set(ids).size).toBe(2);
    expect(corpus.nearMisses.map((n) => [...n.names].sort())).toEqual([
      ['Yoon Do-hyeon', 'Yoon Do-hyun'],
    ]);
  });
  it('are one person where something ties them: the same Hangul', async () => {
    const corpus = await tagStoriesCorpus(
      'Trainee Ranks\n\nTrainee Yoon Do-hyeon (윤도현) topped the vote on the survival show "Boys Rising Up".\n',
      'Drama Cast\n\nActor Yoon Do-hyun (윤도현) will star in the legal drama "Quiet Verdict" next year.\n',
    );
    const ids = corpus.articles.map((a) => a.tags.filter((t) => t.kind === 'person')[0]?.id);
    expect(new Set(ids).size).toBe(1);
    expect(corpus.nearMisses).toEqual([]);
  });
});
