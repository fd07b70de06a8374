// "Lately" for the emitters that look back from the newest story (suggested, trending): by
// the corpus's dates, not the clock, so the same seeds give the same files.
import type { Article } from '../pipeline.ts';

const DAY = 86_400_000;

/** The instant `days` days before the newest story's date (0 when none is dated). */
export const daysBeforeNewest = (articles: readonly Pick<Article, 'date'>[], days: number) => {
  // A loop, not Math.max(...times): spreading 100,000 arguments overflows the stack.
  let newest = 0;
  for (const a of articles) {
    const t = Date.parse(a.date);
    if (t > newest) newest = t;
  }
  return newest - days * DAY;
};

/** The kinds a reader follows and trends are made of: people, groups and shows. */
export const FOLLOWED_KINDS: ReadonlySet<string> = new Set(['person', 'group', 'show']);
