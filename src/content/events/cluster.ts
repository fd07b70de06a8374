// Which stories report the same event. PLACEHOLDER until the clusterer lands: every story
// is an event of its own.
import type { StoryEvent } from './types.ts';

/** What the clusterer reads of a story (pipeline.ts's Article has all of it). */
export interface EventStory {
  slug: string;
  /** Newest first position (the pipeline's order): ties of date keep it. */
  ordinal: number;
  date: string;
  title: string;
  body: { type: string; lines?: string[]; items?: string[] }[];
  source?: string;
  /** Tag ids, main tags first (the pipeline's order). */
  tags: { id: string; kind: string }[];
}

/** Every story in exactly one event; events ordered by their earliest report, newest first. */
export const clusterEvents = (stories: readonly EventStory[]): StoryEvent[] =>
  stories.map((s) => ({ id: s.slug, slugs: [s.slug], joins: [] }));
