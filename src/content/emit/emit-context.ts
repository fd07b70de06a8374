// What several data files are made of, worked out once per build and shared by the
// emitters (emitters/*.ts): each emitter then writes its own file from it.
import { hashOf } from '../../build/build-manifest.ts';
import { bodyFacts } from '../read/body-facts.ts';
import { compareText } from '../compare.ts';
import type { ArticleSummary, RelatedArticle, TagCount, TagRef } from '../../contract/model.ts';
import type { Article, Corpus } from '../pipeline.ts';
import type { TaggedEntity } from '../tag/tagger.ts';
import { indexOfOrdinal, ordinalsByTag, relatedArticles } from './related.ts';
import { summaryOf } from './summarize.ts';
import { eventIndex } from './events.ts';

export interface EmitContext {
  corpus: Corpus;
  /** One summary a story, by ordinal: the same object on every list that shows it. */
  summaries: ArticleSummary[];
  /** Ordinals of the stories carrying each tag, ascending (oldest first). */
  byTag: Map<string, number[]>;
  /** The index in `summaries` and `corpus.articles` (newest first) of an ordinal. */
  at: (ordinal: number) => number;
  related: (article: Article) => RelatedArticle[];
  /** The entities some story carries: only they get pages. */
  tagged: TaggedEntity[];
  /** The tag directory: by kind, then name. */
  tags: TagCount[];
  /** Each tagged entity as a reference (id, name, kind). */
  ref: Map<string, TagRef>;
  /** A hash of a story's body and modification date, by index: what keys its keyed files. */
  textKey: (index: number) => string;
}

export const emitContext = (corpus: Corpus): EmitContext => {
  const { articles, entities } = corpus;
  const events = eventIndex(corpus);
  const summaries = articles.map((a) => summaryOf(a, events.reportsOf(a.slug)));
  const byTag = ordinalsByTag(articles);
  const tagged = entities.filter((e) => byTag.has(e.id));
  const ref = new Map(tagged.map((e) => [e.id, { id: e.id, name: e.name, kind: e.kind }]));
  const tags: TagCount[] = tagged
    .map((e) => ({ ...ref.get(e.id)!, count: byTag.get(e.id)!.length }))
    .sort(
      (a, b) =>
        compareText(a.kind, b.kind) || compareText(a.name, b.name) || compareText(a.id, b.id),
    );
  const textKeys: string[] = [];
  const textKey = (i: number) =>
    // The body's hash, made when its seed was read (read/body-facts.ts).
    (textKeys[i] ??= hashOf(bodyFacts(articles[i]!.body).key, articles[i]!.modified ?? ''));
  return {
    corpus,
    summaries,
    byTag,
    at: (ordinal) => indexOfOrdinal(articles.length, ordinal),
    related: relatedArticles(articles, summaries, byTag, (a) => events.otherSlugs(a.slug)),
    tagged,
    tags,
    ref,
    textKey,
  };
};
