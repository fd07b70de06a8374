// sitemap.xml: every page a crawler should find, with its last change.
import { paths } from '../../../config/paths.ts';
import { escapeXml } from '../xml.ts';
import type { SiteFileEmitter } from './emitter.ts';

export const emitSitemap: SiteFileEmitter = ({ corpus, summaries, tags, byTag }, abs, out) => {
  // A story page last changed with its file (its date, or a later commit); a list page
  // with the latest change of any story it lists.
  const lastChange = (o: number | undefined) =>
    o === undefined ? undefined : (corpus.articles[o]!.modified ?? summaries[o]!.date);
  const newestOf = (ordinals: number[]) =>
    ordinals.map(lastChange).sort((a, b) => Date.parse(b!) - Date.parse(a!))[0];
  const everything = summaries.map((s) => s.ordinal);
  const pages: [string, string | undefined][] = [
    [paths.home.getHref(), newestOf(everything)],
    [paths.tags.getHref(), newestOf(everything)],
    ...tags.map((t): [string, string | undefined] => [
      paths.tag.getHref(t.id),
      newestOf(byTag.get(t.id) ?? []),
    ]),
    ...summaries.map((s): [string, string | undefined] => [
      paths.article.getHref(s.slug),
      lastChange(s.ordinal),
    ]),
  ];
  const url = ([p, lastmod]: [string, string | undefined]) =>
    `<url><loc>${escapeXml(abs(p))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
  out.text(
    'sitemap.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${pages.map(url).join('\n')}\n</urlset>\n`,
  );
};
