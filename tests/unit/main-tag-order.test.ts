import { describe, expect, it } from 'vitest';
import { orderTags, type PlacedMention } from '../../src/content/tag/main-tag-order.ts';

const at = (id: string, position: number, inHeadline = false): PlacedMention => ({
  id,
  position,
  inHeadline,
});
const context = {
  groupsOf: (id: string) => (id === 'nayeon' ? ['twice'] : []),
  rank: () => 0,
};

describe('main tag order', () => {
  it("puts the headline's names first, in headline order, before shows named more often", () => {
    // "Geum Na-rae and Noh Jae-won to lead 'Paper Lanterns'", a story naming older dramas.
    const mentions = [
      at('geum-na-rae', 0, true),
      at('noh-jae-won', 20, true),
      at('paper-lanterns', 40, true),
      at('old-drama-a', 100),
      at('old-drama-a', 150),
      at('old-drama-a', 180),
      at('old-drama-b', 120),
      at('noh-jae-won', 130),
    ];
    expect(orderTags(mentions, context)).toEqual([
      'geum-na-rae',
      'noh-jae-won',
      'paper-lanterns',
      'old-drama-a',
      'old-drama-b',
    ]);
  });

  it('brings a headline member’s group right after the member, when the story carries it', () => {
    const mentions = [at('nayeon', 0, true), at('song', 10, true), at('twice', 200)];
    expect(orderTags(mentions, context)).toEqual(['nayeon', 'twice', 'song']);
    expect(orderTags([at('nayeon', 0, true)], context)).toEqual(['nayeon']);
  });

  it('orders the rest by how often the story names them, then by first mention', () => {
    const mentions = [at('a', 10), at('b', 20), at('b', 30), at('c', 5)];
    expect(orderTags(mentions, context)).toEqual(['b', 'c', 'a']);
  });
});
