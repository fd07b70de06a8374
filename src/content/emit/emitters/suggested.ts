// data/suggested.json: the people, groups and shows the stories of the last four weeks
// (before the newest story, not the clock: the same seeds give the same file) name most,
// what the Following page offers a reader who follows no one yet. Too few stories lately
// (a small or old corpus): the most covered of all time make up the list.
import type { Suggested, TagCount } from '../../../contract/model.ts';
import { dataPaths } from '../../../config/data-paths.ts';
import type { DataEmitter } from './emitter.ts';
import { daysBeforeNewest, FOLLOWED_KINDS } from '../recent.ts';

const DAYS = 28;
const COUNT = 12;

export const emitSuggested: DataEmitter = ({ corpus, tags }, out) => {
  const since = daysBeforeNewest(corpus.articles, DAYS);
  const lately = new Map<string, number>();
  for (const article of corpus.articles)
    if (Date.parse(article.date) > since)
      for (const tag of article.tags) lately.set(tag.id, (lately.get(tag.id) ?? 0) + 1);
  // Ordered by stories lately, then of all time; each with its count of all time (what its
  // page lists).
  const followable = tags.filter((t) => FOLLOWED_KINDS.has(t.kind));
  const recent = followable
    .filter((t) => lately.has(t.id))
    .sort((a, b) => lately.get(b.id)! - lately.get(a.id)! || b.count - a.count);
  const rest = followable.filter((t) => !lately.has(t.id)).sort((a, b) => b.count - a.count);
  const list: TagCount[] = [...recent, ...rest].slice(0, COUNT);
  out.json(dataPaths.suggested(), { days: DAYS, tags: list } satisfies Suggested);
};
