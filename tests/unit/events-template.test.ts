// The bench's synthetic corpus (scripts/corpus-generator.ts) writes every story from one
// template: "<person> Talks About <show> In Interview Number <n>", the same boilerplate
// around a newcomer's name and a number. Hundreds of different interviews, a few hours
// apart, about six shows: the clusterer must not make events of them.
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/corpus-generator.ts';
import { corpusOf } from './support.ts';

describe('events of templated stories', () => {
  it('joins almost none of them', { timeout: 60_000 }, () => {
    const corpus = corpusOf(
      generateCorpus(400).map((f) => ({ path: `seeds/${f.name}`, bytes: f.bytes })),
    );
    const joined = corpus.events.filter((e) => e.slugs.length > 1);
    // Only the Hangul headlines repeat word for word ("지금 우리 학교는 시즌 2 확정 <n>"),
    // as reports of one announcement would.
    expect(joined.length).toBeLessThanOrEqual(4);
    expect(Math.max(...corpus.events.map((e) => e.slugs.length))).toBeLessThanOrEqual(3);
  });
});
