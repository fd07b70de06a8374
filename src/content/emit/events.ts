// The corpus's events (pipeline: events/cluster.ts) looked up by story, for the emitters: a
// story's summary carries its event's reports (its page lists them) and related stories
// leave them out.
import type { ReportLink } from '../../contract/model.ts';
import type { Corpus } from '../pipeline.ts';
import type { StoryEvent } from '../events/types.ts';
import { reportLink } from './summarize.ts';

export interface EventIndex {
  /** Every report of a story's event, earliest first (one list an event); one report: undefined. */
  reportsOf: (slug: string) => ReportLink[] | undefined;
  /** The other reports of a story's event. */
  otherSlugs: (slug: string) => ReadonlySet<string>;
}

export const eventIndex = ({ articles, events }: Corpus): EventIndex => {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const eventOf = new Map<string, StoryEvent>();
  for (const event of events) for (const slug of event.slugs) eventOf.set(slug, event);
  // Made once an event and shared by its reports' summaries.
  const reports = new Map<StoryEvent, ReportLink[]>();
  return {
    reportsOf: (slug) => {
      const event = eventOf.get(slug);
      // A story the clusterer did not place (it places every one) is an event of its own.
      if (!event || event.slugs.length < 2) return undefined;
      let links = reports.get(event);
      if (!links) reports.set(event, (links = event.slugs.map((s) => reportLink(bySlug.get(s)!))));
      return links;
    },
    otherSlugs: (slug) => new Set(eventOf.get(slug)?.slugs.filter((s) => s !== slug)),
  };
};
