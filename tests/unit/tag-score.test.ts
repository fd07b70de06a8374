// Floors for the tagger on our development corpus (npm run tags:score): no figure may get
// worse than what was measured when the recognizer landed. Raise them as it improves.
import { describe, expect, it } from 'vitest';
import { percent } from '../../src/content/tag/score.ts';
import { scoreTagCorpus } from '../../scripts/lib/tag-corpus.ts';

const FLOORS = {
  dev: { must: 95.2, should: 84.4, split: 2, falseTags: 0, junk: 1.3 },
  holdout: { must: 98.4, should: 79.9, split: 8, falseTags: 1, junk: 3.9 },
};

describe.each(Object.entries(FLOORS))('tag score on the %s corpus', (name, floor) => {
  it('keeps recall, splits, false tags and junk at or better than the floors', async () => {
    const { score } = await scoreTagCorpus(name);
    expect(percent(score.must.found, score.must.total)).toBeGreaterThanOrEqual(floor.must);
    expect(percent(score.should.found, score.should.total)).toBeGreaterThanOrEqual(floor.should);
    expect(score.split.length).toBeLessThanOrEqual(floor.split);
    expect(score.falseTags.length).toBeLessThanOrEqual(floor.falseTags);
    expect(percent(score.junk.length, score.tags)).toBeLessThanOrEqual(floor.junk);
  }, 60_000);
});
