// The precision rules of issue 17 with the invented cases it quotes: a tag must name an
// entity of its story. Each story is tagged with the built-in knowledge, as a site is.
import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/content/knowledge/read-knowledge.ts';
import { runPipeline, type Corpus } from '../../src/content/pipeline.ts';
import { bytes, REGISTRY_TEXT, ROOT } from './support.ts';

const knowledge = await readKnowledge(ROOT);

/** Tags (name and kind) of each story, stories written one a file. */
const tagged = (...stories: string[]): Corpus['articles'][number]['tags'][] => {
  const result = runPipeline({
    seeds: stories.map((text, i) => ({ path: `seeds/${i}.txt`, bytes: bytes(text) })),
    registry: { path: 'seeds/entities.json', bytes: bytes(REGISTRY_TEXT) },
    knowledge,
  });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.corpus.articles.map((a) => a.tags);
};
const names = (tags: { name: string; kind: string }[]) => tags.map((t) => `${t.kind}:${t.name}`);

describe('a one-word stage name never matches inside a longer name', () => {
  it('a screenwriter, a character and a given name are not the idols they contain', () => {
    const [story] = tagged(
      `New Drama "Quiet Harbor" Confirms Its Cast

The new drama "Quiet Harbor" is written by screenwriter Park Seul-gi and stars Kim Tae-ri as Oh Yu-na, a ferry captain. Lee Ha-rin plays her younger sister.
`,
    );
    expect(names(story!)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^person:(Seulgi|Yuna|Harin)$/)]),
    );
  });
});

describe('an actor and the character they play', () => {
  it('are two entities, and the actor keeps their own name everywhere', () => {
    const [casting, later] = tagged(
      `Han Ye-rin Joins "Glass Orchard"

Actress Han Ye-rin has been cast in the drama "Glass Orchard". Han Ye-rin as Choi Da-eun will play a florist who inherits an orchard.
`,
      `Han Ye-rin Attends Fashion Week

Actress Han Ye-rin attended a fashion show in Paris on Monday.
`,
    );
    expect(names(casting!)).toEqual(
      expect.arrayContaining(['person:Han Ye-rin', 'character:Choi Da-eun']),
    );
    expect(names(later!)).toContain('person:Han Ye-rin');
    expect(names(later!)).not.toContain('character:Choi Da-eun');
  });
});

describe('places, institutions, categories and plain words', () => {
  it('are not tags', () => {
    const [story] = tagged(
      `Singer Holds Charity Concert In Itaewon

Director Kim Min-seok said the concert in Itaewon raised funds. The Korean Navy band opened the night, and the G20 summit delegates watched. The singer, who won Best Actress at a drama awards show, said the drama had been her favourite K-pop playlist.
`,
    );
    const all = names(story!).join(' | ');
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
  it('is not that title: the singer Rain is not in the drama "Rain Garden"', () => {
    const [story] = tagged(
      `"Rain Garden" Tops Weekend Ratings

The drama "Rain Garden" recorded its highest ratings on Sunday.
`,
    );
    expect(names(story!)).not.toContain('person:Rain');
  });
});

describe('non-entertainment people', () => {
  it('a judge and a minister named in passing are no person tags', () => {
    const [story] = tagged(
      `Court Sides With Singer In Contract Dispute

Presiding Judge Bae Seong-ho of the Seoul Central District Court ruled for the singer. Culture Minister Yoo In-chon welcomed the decision.
`,
    );
    expect(names(story!)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/Bae Seong-ho|Yoo In-chon/)]),
    );
  });
});
