import type { ArticleSummary } from '../../../contract/model';

// What the app knows of events (decision 0030): every list, the Following page's "New" marks
// and the header's count read them the same way.

/** The event a story reports: the slug of its first report (its own when it is the only one). */
export const eventOf = (story: Pick<ArticleSummary, 'slug' | 'reports'>) =>
  story.reports?.[0]!.slug ?? story.slug;

/**
 * The events of `items` a report of which arrived after `since` and none of whose reports in
 * `items` has been read: one report read, the event is seen.
 */
export const newEvents = (items: readonly ArticleSummary[], since: number, read: string[]) => {
  const seen = new Set(items.filter((s) => read.includes(s.slug)).map(eventOf));
  return new Set(
    items.filter((s) => Date.parse(s.date) > since && !seen.has(eventOf(s))).map(eventOf),
  );
};
