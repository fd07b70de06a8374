// Files for readers and crawlers outside the app: RSS 2.0 and JSON Feed 1.1 for the whole
// site and for every tag, sitemap.xml and robots.txt. All URLs are absolute, on the
// public base URL given at build time.
import { generateJsonFeed, generateRssFeed } from 'feedsmith';
import { paths } from '../../config/paths.ts';
import { feedPaths, SITE_NAME, SITE_DESCRIPTION } from '../../config/site.ts';
import type { ArticleSummary, TagCount } from '../model.ts';
import type { EmittedFiles } from './emit.ts';

export interface SiteFilesInput {
  baseUrl: string;
  summaries: ArticleSummary[];
  tags: TagCount[];
  /** Ordinals of the stories carrying each tag. */
  byTag: Map<string, number[]>;
}

/** Character references: valid in XML and in HTML alike. */
const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

interface FeedSpec {
  title: string;
  description: string;
  pageUrl: string;
  rssUrl: string;
  jsonUrl: string;
  items: ArticleSummary[];
}

const writeFeeds = (files: EmittedFiles, spec: FeedSpec, abs: (path: string) => string) => {
  const rss = generateRssFeed({
    title: spec.title,
    link: abs(spec.pageUrl),
    description: spec.description,
    language: 'en',
    atom: { links: [{ href: abs(spec.rssUrl), rel: 'self', type: 'application/rss+xml' }] },
    items: spec.items.map((s) => ({
      title: s.title,
      link: abs(paths.article.getHref(s.slug)),
      guid: { value: abs(paths.article.getHref(s.slug)), isPermaLink: true },
      // RSS descriptions are HTML: escaped, story text shows as text in a feed reader.
      description: escapeXml(s.excerpt),
      categories: s.tags.map((t) => ({ name: t.name, domain: abs(paths.tag.getHref(t.id)) })),
    })),
  });
  const json = generateJsonFeed({
    title: spec.title,
    home_page_url: abs(spec.pageUrl),
    feed_url: abs(spec.jsonUrl),
    description: spec.description,
    language: 'en',
    items: spec.items.map((s) => ({
      id: abs(paths.article.getHref(s.slug)),
      url: abs(paths.article.getHref(s.slug)),
      title: s.title,
      summary: s.excerpt,
      content_text: s.excerpt,
      tags: s.tags.map((t) => t.name),
    })),
  });
  files.set(spec.rssUrl.slice(1), rss);
  files.set(spec.jsonUrl.slice(1), `${JSON.stringify(json, null, 1)}\n`);
};

export const emitSiteFiles = ({
  baseUrl,
  summaries,
  tags,
  byTag,
}: SiteFilesInput): EmittedFiles => {
  const base = baseUrl.replace(/\/+$/, '');
  const abs = (path: string) => `${base}${path}`;
  const files: EmittedFiles = new Map();
  const site = feedPaths.site();
  writeFeeds(
    files,
    {
      title: SITE_NAME,
      description: SITE_DESCRIPTION,
      pageUrl: paths.home.getHref(),
      rssUrl: site.rss,
      jsonUrl: site.json,
      items: summaries,
    },
    abs,
  );
  for (const tag of tags) {
    const feed = feedPaths.tag(tag.id);
    const items = (byTag.get(tag.id) ?? []).map((o) => summaries[o]!);
    writeFeeds(
      files,
      {
        title: `${tag.name} · ${SITE_NAME}`,
        description: `Stories about ${tag.name} on ${SITE_NAME}.`,
        pageUrl: paths.tag.getHref(tag.id),
        rssUrl: feed.rss,
        jsonUrl: feed.json,
        items,
      },
      abs,
    );
  }
  const pages = [
    paths.home.getHref(),
    paths.tags.getHref(),
    ...tags.map((t) => paths.tag.getHref(t.id)),
    ...summaries.map((s) => paths.article.getHref(s.slug)),
  ];
  files.set(
    'sitemap.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${pages.map((p) => `<url><loc>${escapeXml(abs(p))}</loc></url>`).join('\n')}\n</urlset>\n`,
  );
  files.set('robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${abs('/sitemap.xml')}\n`);
  return files;
};
