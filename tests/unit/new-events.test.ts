// "New" by event (decision 0030): an event is new when a report of it arrived after the last
// visit and none of its reports was read; its reports count once.
import { describe, expect, it } from 'vitest';
import { newEvents } from '../../src/features/articles/api/events';
import type { ArticleSummary } from '../../src/contract/model';

const reports = [
  { slug: 'e1', title: 'e1' },
  { slug: 'e2', title: 'e2' },
];
const story = (slug: string, date: string, event = false): ArticleSummary => ({
  slug,
  title: slug,
  excerpt: '',
  readingMinutes: 1,
  ordinal: 0,
  date,
  tags: [],
  ...(event ? { reports } : {}),
});
const OLD = '2026-11-01T00:00:00Z';
const NEW = '2026-12-01T00:00:00Z';
const since = Date.parse('2026-11-15T00:00:00Z');

describe('new events', () => {
  it('counts an event with a new report once, under its first report', () => {
    const items = [
      story('e2', NEW, true),
      story('a', NEW),
      story('e1', OLD, true),
      story('b', OLD),
    ];
    expect([...newEvents(items, since, [])].sort()).toEqual(['a', 'e1']);
  });

  it('leaves out an event one of whose reports was read', () => {
    const items = [story('e2', NEW, true), story('e1', OLD, true), story('a', NEW)];
    expect([...newEvents(items, since, ['e1'])]).toEqual(['a']);
    expect([...newEvents(items, since, ['a'])]).toEqual(['e1']);
  });
});
