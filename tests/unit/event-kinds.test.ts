// The kinds of news a headline names (src/content/events/event-kinds.ts) and what they do to
// a pair: the same kind about the same people within two days lowers the bar, different
// steps of one story (an enlistment and a discharge, a departure and a renewal) raise it.
import { describe, expect, it } from 'vitest';
import { eventKindsOf } from '../../src/content/events/event-kinds.ts';
import { wordsOf } from '../../src/content/events/text.ts';
import { clusterEvents, type EventStory } from '../../src/content/events/cluster.ts';

const kinds = (headline: string) => [...eventKindsOf(wordsOf(headline))].sort();

describe('event kinds of a headline', () => {
  it('reads word starts, whole words and phrases', () => {
    expect(kinds('Singer Min Jae-won Enlists Today')).toEqual(['enlist', 'military']);
    expect(kinds('Min Jae-won Shares Letter Ahead of Military Service')).toEqual(['military']);
    expect(kinds('Band Renews Contract With Agency')).toEqual(['contract']);
    expect(kinds('Drummer Leaves the Band')).toEqual(['departure']);
    expect(kinds('Court Rules Against Agency in Appeal')).toEqual(['appeal', 'ruling']);
    expect(kinds("'Blue Harbor' Finale Hits 12% Rating")).toEqual(['finale', 'ratings']);
  });

  it('does not take a word that only starts like a kind’s whole word', () => {
    expect(kinds('Castle Tour Guide')).toEqual(['tour']);
    expect(kinds('Drama Signs Off at Series High')).toEqual([]);
  });
});

const story = (
  slug: string,
  date: string,
  title: string,
  lead: string,
  tag: string,
): EventStory => ({
  slug,
  ordinal: 0,
  date,
  title,
  body: [{ type: 'paragraph', lines: [lead] }],
  tags: [{ id: tag, kind: 'group' }],
});

describe('kinds in the clusterer', () => {
  it('keeps one group’s departure and renewal of one day apart though their words agree', () => {
    const said = 'Starlit Sound said on Monday in an official statement about Velvet Nine';
    const events = clusterEvents([
      story(
        'a',
        '2026-03-02T09:00:00Z',
        'Velvet Nine Member Ha-yun Leaves the Group',
        `${said} that Ha-yun will pursue acting after long talks with the members.`,
        'velvet-nine',
      ),
      story(
        'b',
        '2026-03-02T10:00:00Z',
        'Velvet Nine Members Renew Contracts With Starlit Sound',
        `${said} that the six other members signed for three more years.`,
        'velvet-nine',
      ),
    ]);
    expect(events).toHaveLength(2);
  });

  it('joins two reports of one enlistment written in other words', () => {
    const events = clusterEvents([
      story(
        'a',
        '2026-04-01T09:00:00Z',
        'Actor Seo Jun-ho to Enlist on April 14',
        'Seo Jun-ho will begin his mandatory service as an active-duty soldier, his agency confirmed.',
        'seo-jun-ho',
      ),
      story(
        'b',
        '2026-04-01T15:00:00Z',
        'Seo Jun-ho Writes to Fans Ahead of Military Service',
        'In a handwritten letter posted on the fan café, the actor thanked supporters before reporting to a training camp quietly.',
        'seo-jun-ho',
      ),
    ]);
    expect(events).toHaveLength(1);
  });
});
