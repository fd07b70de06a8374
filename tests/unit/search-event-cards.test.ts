// Search results one card an event (decision 0030): a report joins its event's card while
// that card's page fills; after, it gets a card of its own on a later page, so no matching
// story is on no page, and every page comes from the same walk.
import { describe, expect, it } from 'vitest';
import {
  eventCards,
  RESULTS_PER_PAGE,
  type PagefindData,
} from '../../src/features/search/api/full-text';

const result = (url: string, event?: string): PagefindData => ({
  url,
  raw_content: `${url} text`,
  weighted_locations: [],
  meta: { title: url, ...(event ? { event } : {}) },
});

const walk = (results: PagefindData[]) => {
  const cards = eventCards();
  for (const r of results) cards.add(r);
  return cards.cards;
};

describe('search cards by event', () => {
  it('puts the reports of one event on the best-ranked one’s card', () => {
    const cards = walk([result('a', 'e'), result('x'), result('b', 'e'), result('c', 'e')]);
    expect(cards.map((c) => c.url)).toEqual(['a', 'x']);
    expect(cards[0]!.others.map((o) => o.url)).toEqual(['b', 'c']);
  });

  it('gives a report ranked after its event’s page was full a card on a later page', () => {
    const singles = Array.from({ length: RESULTS_PER_PAGE }, (_, i) => result(`s${i}`));
    const cards = walk([result('a', 'e'), ...singles, result('late', 'e')]);
    // Page 1: "a" and nine singles; the tenth single opened page 2, where "late" stands.
    expect(cards.slice(0, RESULTS_PER_PAGE).flatMap((c) => c.others)).toEqual([]);
    expect(cards.slice(RESULTS_PER_PAGE).map((c) => c.url)).toEqual(['s9', 'late']);
    // Every result is on some card.
    const shown = cards.flatMap((c) => [c.url, ...c.others.map((o) => o.url)]);
    expect(shown.sort()).toEqual(['a', 'late', ...singles.map((s) => s.url)].sort());
  });
});
