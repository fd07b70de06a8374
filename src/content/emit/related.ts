// "Related stories": the articles sharing the most specific tags with this one.
// A tag shared by few stories says more than one shared by many, so each shared tag
// weighs log(N / count), times its kind's weight: a person, group or show a fan follows
// counts far more than the network, platform or agency that carried it, and a story
// that shares only an org ("Netflix") is not related at all. Candidates per tag are
// capped around the article's own position, so a tag on thousands of stories costs the
// same as one on ten.
import { KIND_RULES } from '../../contract/kinds.ts';
import type { ArticleSummary, RelatedArticle, TagRef } from '../../contract/model.ts';
import type { Article } from '../pipeline.ts';

const RELATED_COUNT = 4;
const CANDIDATES_PER_TAG = 100;

// Orgs only break ties between stories already related through another kind.
const relatesAlone = (tag: TagRef) => KIND_RULES[tag.kind].relatedWeight >= 1;

/** Ordinals of the stories carrying each tag, ascending (oldest first). */
export const ordinalsByTag = (articles: Article[]) => {
  const map = new Map<string, number[]>();
  // Articles are newest first: walked from the end, ordinals come ascending.
  for (const a of articles.toReversed())
    for (const t of a.tags) (map.get(t.id) ?? map.set(t.id, []).get(t.id)!).push(a.ordinal);
  return map;
};

/** Where the story with an ordinal stands in a newest-first list of `total` stories. */
export const indexOfOrdinal = (total: number, ordinal: number) => total - 1 - ordinal;

/** Where the `count` entries of `sorted` nearest `around` start (a window, not a copy). */
const nearestFrom = (sorted: number[], around: number, count: number) => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < around) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - count / 2);
};

export const relatedArticles = (
  articles: Article[],
  summaries: ArticleSummary[],
  byTag: Map<string, number[]>,
  /** The other reports of a story's event: listed as such on its page, not as related. */
  otherReports: (a: Article) => ReadonlySet<string> = () => new Set(),
) => {
  const total = articles.length;
  const weight = (tag: TagRef) =>
    KIND_RULES[tag.kind].relatedWeight * Math.log((total + 1) / (byTag.get(tag.id)?.length ?? 1));
  // Scores add up in one array reused for every story (a Map per story cost a second at 10k).
  const scores = new Float64Array(total);
  return (a: Article): RelatedArticle[] => {
    const touched: number[] = [];
    // Work kinds first: they decide which stories are candidates; orgs then only add to
    // the scores of those (every work weight is above 0, as log((N+1)/count) > 0).
    const ordered = [...a.tags.filter(relatesAlone), ...a.tags.filter((t) => !relatesAlone(t))];
    for (const tag of ordered) {
      const w = weight(tag);
      const alone = relatesAlone(tag);
      const carrying = byTag.get(tag.id) ?? [];
      const from = nearestFrom(carrying, a.ordinal, CANDIDATES_PER_TAG);
      const to = Math.min(carrying.length, from + CANDIDATES_PER_TAG);
      for (let k = from; k < to; k++) {
        const o = carrying[k]!;
        if (o === a.ordinal || (!alone && scores[o] === 0)) continue;
        if (scores[o] === 0) touched.push(o);
        scores[o] = scores[o]! + w;
      }
    }
    const better = (x: [number, number], y: [number, number]) =>
      y[1] - x[1] || Math.abs(x[0] - a.ordinal) - Math.abs(y[0] - a.ordinal) || y[0] - x[0];
    // The best few of up to hundreds of candidates: keep a short sorted list, no full sort.
    const best: [number, number][] = [];
    const others = otherReports(a);
    for (const o of touched) {
      const entry: [number, number] = [o, scores[o]!];
      scores[o] = 0;
      // Most stories are their event's only report: no story read to find its slug.
      if (others.size && others.has(articles[indexOfOrdinal(total, o)]!.slug)) continue;
      if (best.length === RELATED_COUNT && better(entry, best.at(-1)!) >= 0) continue;
      best.push(entry);
      best.sort(better);
      if (best.length > RELATED_COUNT) best.pop();
    }
    return best.map(([o]) => {
      const other = articles[indexOfOrdinal(total, o)]!;
      const ids = new Set(other.tags.map((t) => t.id));
      const shared = a.tags.filter((t) => ids.has(t.id)).sort((x, y) => weight(y) - weight(x));
      return { ...summaries[indexOfOrdinal(total, o)]!, shared };
    });
  };
};
