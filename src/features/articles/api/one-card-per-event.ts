import type { ArticleSummary } from '../../../contract/model';
import { eventOf } from './events';

/**
 * One card an event (decision 0030): of the reports a view holds, the event's first report if
 * it is there, else the earliest it holds (the last, as views are newest first), in that
 * report's place; its card names the others.
 */
export const oneCardPerEvent = <T extends ArticleSummary>(items: readonly T[]): T[] => {
  const card = new Map<string, T>();
  for (const item of items) {
    const event = eventOf(item);
    if (card.get(event)?.slug !== event) card.set(event, item);
  }
  return items.filter((item) => card.get(eventOf(item)) === item);
};
