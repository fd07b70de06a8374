// data/articles/<slug>.json: one story whole, with its related, previous and next stories.
import type { ArticleDetail } from '../../../contract/model.ts';
import { dataPaths } from '../../../config/data-paths.ts';
import type { DataEmitter } from './emitter.ts';

export const emitArticles: DataEmitter = ({ corpus: { articles }, summaries, related }, out) => {
  articles.forEach((a, i) => {
    const link = (o: number) =>
      articles[o] ? { slug: articles[o].slug, title: articles[o].title } : null;
    const detail: ArticleDetail = {
      ...summaries[i]!,
      file: a.file,
      line: a.line,
      ...(a.modified ? { modified: a.modified } : {}),
      body: a.body,
      ...(a.source ? { source: a.source } : {}),
      related: related(a),
      previous: link(i - 1),
      next: link(i + 1),
    };
    out.json(dataPaths.article(a.slug), detail);
  });
};
