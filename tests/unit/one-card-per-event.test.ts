// A list's cards (decision 0030): one an event, the event's first report when the view holds
// it, else the earliest report it holds, each in its own place.
import { describe, expect, it } from 'vitest';
import { oneCardPerEvent } from '../../src/features/articles/api/one-card-per-event';
import type { ArticleSummary } from '../../src/contract/model';

const reports = ['e1', 'e2', 'e3'].map((slug) => ({ slug, title: slug }));
const story = (slug: string, event = false): ArticleSummary => ({
  slug,
  title: slug,
  excerpt: '',
  readingMinutes: 1,
  ordinal: 0,
  date: '2026-12-01T00:00:00Z',
  tags: [],
  ...(event ? { reports } : {}),
});
const slugs = (items: ArticleSummary[]) => oneCardPerEvent(items).map((s) => s.slug);

describe('one card an event', () => {
  it("keeps the event's first report, in its place, and every other story", () => {
    // Newest first: e3 and e2 came after e1 (the first report).
    const view = [story('a'), story('e3', true), story('b'), story('e2', true), story('e1', true)];
    expect(slugs(view)).toEqual(['a', 'b', 'e1']);
  });

  it('keeps the first report when one date put it above the later ones', () => {
    expect(slugs([story('e1', true), story('e2', true), story('c')])).toEqual(['e1', 'c']);
  });

  it('keeps the earliest report a view holds when the first one is on another page', () => {
    expect(slugs([story('e3', true), story('x'), story('e2', true)])).toEqual(['x', 'e2']);
  });
});
