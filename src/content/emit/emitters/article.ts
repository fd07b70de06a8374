// data/articles/<slug>.json: one story whole, with its related, previous and next stories.
// Keyed by what it is made of, so a build makes again only the stories a change reaches.
import type { ArticleDetail, RelatedArticle } from '../../../contract/model.ts';
import { dataPaths } from '../../../config/data-paths.ts';
import { hashOf } from '../../../build/build-manifest.ts';
import type { DataEmitter } from './emitter.ts';

export const emitArticles: DataEmitter = (
  { corpus: { articles }, summaries, related, textKey, at },
  out,
) => {
  // A summary enters a key as the hash of its JSON, made once: a story's key names its own
  // and four related ones, and hashing them whole (500 MB at 100,000 stories) cost a second.
  const summaryKeys: string[] = [];
  const summaryKey = (index: number) =>
    (summaryKeys[index] ??= hashOf(out.stable(summaries[index]!)));
  // A related story is its summary and the tags it shares.
  const relatedKey = (r: RelatedArticle) =>
    `${summaryKey(at(r.ordinal))} ${r.shared.map((t) => t.id).join(' ')}`;
  articles.forEach((a, i) => {
    const link = (o: number) =>
      articles[o] ? { slug: articles[o].slug, title: articles[o].title } : null;
    const summary = summaries[i]!;
    const around = { related: related(a), previous: link(i - 1), next: link(i + 1) };
    out.keyed(
      dataPaths.article(a.slug),
      [
        summaryKey(i),
        textKey(i),
        a.file,
        String(a.line),
        a.source ?? '',
        ...around.related.map(relatedKey),
        JSON.stringify([around.previous, around.next]),
      ],
      () => {
        const detail: ArticleDetail = {
          ...summary,
          file: a.file,
          line: a.line,
          ...(a.modified ? { modified: a.modified } : {}),
          body: a.body,
          ...(a.source ? { source: a.source } : {}),
          ...around,
        };
        return out.stable(detail);
      },
    );
  });
};
