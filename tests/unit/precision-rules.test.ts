// The precision rules of issue 17 with the invented cases it quotes: a tag must name an
// entity of its story. Each story is tagged with the built-in knowledge, as a site is.
import { describe, expect, it } from 'vitest';
import { tagStories } from './support.ts';

const tagged = tagStories;

describe('a one-word stage name never matches inside a longer name', () => {
  it('a screenwriter, a character and a given name are not the idols they contain', async () => {
    const [story] = await tagged(
      `New Drama "Quiet Harbor" Confirms Its Cast

The new drama "Quiet Harbor" is written by screenwriter Park Seul-gi and stars Kim Tae-ri as Oh Yu-na, a ferry captain. Lee Ha-rin plays her younger sister.
`,
    );
    expect(story!).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^person:(Seulgi|Yuna|Harin)$/)]),
    );
  });
});

describe('an actor and the character they play', () => {
  it('are two entities, and the actor keeps their own name everywhere', async () => {
    const [casting, later] = await tagged(
      `Han Ye-rin Joins "Glass Orchard"

Actress Han Ye-rin has been cast in the drama "Glass Orchard". Han Ye-rin as Choi Da-eun will play a florist who inherits an orchard.
`,
      `Han Ye-rin Attends Fashion Week

Actress Han Ye-rin attended a fashion show in Paris on Monday.
`,
    );
    expect(casting!).toEqual(
      expect.arrayContaining(['person:Han Ye-rin', 'character:Choi Da-eun']),
    );
    expect(later!).toContain('person:Han Ye-rin');
    expect(later!).not.toContain('character:Choi Da-eun');
  });
});

describe('places, institutions, categories and plain words', () => {
  it('are not tags', async () => {
    const [story] = await tagged(
      `Singer Holds Charity Concert In Itaewon

Director Kim Min-seok said the concert in Itaewon raised funds. The Korean Navy band opened the night, and the G20 summit delegates watched. The singer, who won Best Actress at a drama awards show, said the drama had been her favourite K-pop playlist.
`,
    );
    const all = story!.join(' | ');
    for (const word of [
      'Itaewon',
      'Korean Navy',
      'G20',
      'Best Actress',
      'Director',
      'K-pop playlist',
    ])
      expect(all).not.toContain(`:${word}`);
  });
});

describe('a title inside a longer title', () => {
  it('is not that title: the singer Rain is not in the drama "Rain Garden"', async () => {
    const [story] = await tagged(
      `"Rain Garden" Tops Weekend Ratings

The drama "Rain Garden" recorded its highest ratings on Sunday.
`,
    );
    expect(story!).not.toContain('person:Rain');
  });
});

describe('non-entertainment people', () => {
  it('a judge and a minister named in passing are no person tags', async () => {
    const [story] = await tagged(
      `Court Sides With Singer In Contract Dispute

Presiding Judge Bae Seong-ho of the Seoul Central District Court ruled for the singer. Culture Minister Yoo In-chon welcomed the decision.
`,
    );
    expect(story!).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/Bae Seong-ho|Yoo In-chon/)]),
    );
  });
});
