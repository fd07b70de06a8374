// The corpus's events (pipeline: events/cluster.ts) looked up by story, for the emitters:
// a story's summary carries its event's reports, its page lists them, related stories
// leave them out, and the home page's trending counts events rather than reports.
import type { Article, Corpus } from '../pipeline.ts';
import type { StoryEvent } from '../events/types.ts';

export interface EventIndex {
  /** The event of a story (every story has one). */
  of: (slug: string) => StoryEvent;
  /** Every report of a story's event, earliest first, as `link` makes them; one report: undefined. */
  reportsOf: <T>(slug: string, link: (a: Article) => T) => T[] | undefined;
  /** The other reports of a story's event. */
  otherSlugs: (slug: string) => ReadonlySet<string>;
}

export const eventIndex = ({ articles, events }: Corpus): EventIndex => {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const eventOf = new Map<string, StoryEvent>();
  for (const event of events) for (const slug of event.slugs) eventOf.set(slug, event);
  // A story the clusterer did not place (it places every one) is an event of its own.
  const of = (slug: string) => eventOf.get(slug) ?? { id: slug, slugs: [slug], joins: [] };
  return {
    of,
    reportsOf: (slug, link) => {
      const { slugs } = of(slug);
      return slugs.length > 1 ? slugs.map((s) => link(bySlug.get(s)!)) : undefined;
    },
    otherSlugs: (slug) => new Set(of(slug).slugs.filter((s) => s !== slug)),
  };
};
