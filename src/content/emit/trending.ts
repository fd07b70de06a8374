// The home page's "Trending": the people, groups and shows with the most events in the last
// days of the corpus (counted back from its newest story, not the clock: the same seeds give
// the same file). Events, not reports: a comeback told by five outlets counts once, so a
// star is not trending because one event was widely copied.
import type { TagRef, TrendingTag } from '../../contract/model.ts';
import { mainTags } from '../../lib/main-tags.ts';
import type { Corpus } from '../pipeline.ts';
import { daysBeforeNewest, FOLLOWED_KINDS } from './recent.ts';

export const TRENDING_DAYS = 7;
const COUNT = 6;
/** One event is news, not a trend: a tag trends with two or more. */
const MIN_EVENTS = 2;

export const trendingTags = (
  { articles, events }: Corpus,
  ref: Map<string, TagRef>,
): TrendingTag[] => {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const since = daysBeforeNewest(articles, TRENDING_DAYS);
  const counts = new Map<string, { events: number; reports: number }>();
  for (const event of events) {
    const reports = event.slugs.map((s) => bySlug.get(s)!);
    const lately = reports.filter((a) => Date.parse(a.date) > since);
    if (!lately.length) continue;
    // What the event is about: the main names of any of its reports (a name one report
    // mentions in passing is not among them).
    const about = new Set(
      reports
        .flatMap((a) => mainTags(a.tags).filter((t) => FOLLOWED_KINDS.has(t.kind)))
        .map((t) => t.id),
    );
    for (const id of about) {
      const count = counts.get(id) ?? { events: 0, reports: 0 };
      count.events++;
      count.reports += lately.length;
      counts.set(id, count);
    }
  }
  return [...counts]
    .filter(([, { events }]) => events >= MIN_EVENTS)
    .sort(([a, x], [b, y]) => y.events - x.events || y.reports - x.reports || (a < b ? -1 : 1))
    .slice(0, COUNT)
    .map(([id, { events }]) => ({ ...ref.get(id)!, events }));
};
