// What the event clusterer decides (cluster.ts): which stories report the same event.
// Every story is in exactly one event; most events have one report.

/** How a report came to join its event. */
export type JoinRule = 'near-copy' | 'same-event' | 'shared-details' | 'override';

export interface EventJoin {
  /** The report that joined. */
  slug: string;
  /** The report of the event it was matched with. */
  to: string;
  /** The score that joined them (0-1; 1 for an editor's override). */
  score: number;
  rule: JoinRule;
}

export interface StoryEvent {
  /** The event's id: the slug of its earliest report (stable while that report stands). */
  id: string;
  /** Its reports, earliest first (one date: seed order). */
  slugs: string[];
  /** How each report after the first joined (empty for a one-report event). */
  joins: EventJoin[];
}
