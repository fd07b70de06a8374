// sitemap.xml: the pages of every page type marked for it (src/prerender/page-types.ts),
// each with its last change.
import { pageTypes } from '../../../prerender/page-types.ts';
import type { SitemapEntry, SitemapSource } from '../../../prerender/page-type.ts';
import { familiesOf } from '../family.ts';
import { escapeXml } from '../xml.ts';
import type { SiteFileEmitter } from './emitter.ts';

export const emitSitemap: SiteFileEmitter = (context, abs, out) => {
  const { corpus, summaries, tags, byTag, at } = context;
  const families = familiesOf(context);
  // A story page last changed with its file (its date, or a later commit); a list page
  // with the latest change of any story it lists.
  const changed = (o: number) => corpus.articles[at(o)]!.modified ?? summaries[at(o)]!.date;
  const site: SitemapSource = {
    summaries,
    tags,
    byTag,
    tagListed: (id) => families.get(id)?.ordinals ?? byTag.get(id) ?? [],
    lastChange: (ordinals) =>
      ordinals.map(changed).sort((a, b) => Date.parse(b) - Date.parse(a))[0],
  };
  const entries = Object.values(pageTypes).flatMap((type) => type.sitemap?.(site) ?? []);
  const url = ([path, lastmod]: SitemapEntry) =>
    `<url><loc>${escapeXml(abs(path))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
  out.text(
    'sitemap.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.map(url).join('\n')}\n</urlset>\n`,
  );
};
