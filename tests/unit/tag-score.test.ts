// Floors for the tagger on our development corpus (npm run tags:score): no figure may get
// worse than what was measured when the recognizer landed. Raise them as it improves.
import { describe, expect, it } from 'vitest';
import { percent, tagPagePrecision } from '../../src/content/tag/score.ts';
import { scoreTagCorpus } from '../../scripts/lib/tag-corpus.ts';

// dev + dev-2026 is the development corpus built as one site (npm run tags:score); its
// 2025-2026 half was written by a helper that never saw the rules or the knowledge.
const FLOORS = {
  dev: { must: 95.4, should: 85.1, split: 0, falseTags: 0, junk: 1.0, pages: 98.8 },
  'dev+dev-2026': { must: 95.5, should: 78.6, split: 0, falseTags: 0, junk: 0.7, pages: 99.2 },
  // Written by a helper that saw neither rules nor knowledge; held out for issue 17's first
  // round, development material since (its misses were read and fixed in general rules).
  'holdout-2026': { must: 94.2, should: 75.9, split: 6, falseTags: 7, junk: 2.4, pages: 97.1 },
  // Held out: written by another such helper; only its totals have been read.
  'fresh-2026': { must: 94.0, should: 83.7, split: 1, falseTags: 7, junk: 2.4, pages: 96.8 },
  holdout: { must: 98.9, should: 79.9, split: 6, falseTags: 1, junk: 2.0, pages: 97.7 },
};

describe.each(Object.entries(FLOORS))('tag score on the %s corpus', (name, floor) => {
  it('keeps recall, splits, false tags, junk and tag-page precision at or better than the floors', async () => {
    const { score } = await scoreTagCorpus(name);
    expect(percent(score.must.found, score.must.total)).toBeGreaterThanOrEqual(floor.must);
    expect(percent(score.should.found, score.should.total)).toBeGreaterThanOrEqual(floor.should);
    expect(score.split.length).toBeLessThanOrEqual(floor.split);
    expect(score.falseTags.length).toBeLessThanOrEqual(floor.falseTags);
    expect(percent(score.junk.length, score.tags)).toBeLessThanOrEqual(floor.junk);
    expect(tagPagePrecision(score.pages)).toBeGreaterThanOrEqual(floor.pages);
  }, 60_000);
});
