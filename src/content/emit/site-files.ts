// Files for readers and crawlers outside the app: RSS 2.0 and JSON Feed 1.1 for the whole
// site and for every tag (the newest FEED_SIZE stories, dated, with their full text),
// sitemap.xml (with each page's last change) and robots.txt. All URLs are absolute, on the
// public base URL given at build time.
import { generateJsonFeed, generateRssFeed } from 'feedsmith';
import { paths } from '../../config/paths.ts';
import { feedPaths, SITE_NAME, SITE_DESCRIPTION } from '../../config/site.ts';
import type { ArticleSummary, Block, TagCount } from '../model.ts';
import type { EmittedFiles } from './emit.ts';

export interface SiteFilesInput {
  baseUrl: string;
  summaries: ArticleSummary[];
  /** The body and the modified date of each story, by ordinal like `summaries`. */
  stories: { body: Block[]; modified?: string }[];
  tags: TagCount[];
  /** Ordinals of the stories carrying each tag. */
  byTag: Map<string, number[]>;
}

/** Character references: valid in XML and in HTML alike. */
const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** How many stories a feed carries: the newest, site-wide or of one tag. */
export const FEED_SIZE = 50;

/** A story's body as HTML for feed readers; every piece of story text escaped. */
export const bodyHtml = (body: Block[]) =>
  body
    .map((b) => {
      if (b.type === 'list')
        return `<ul>${b.items.map((i) => `<li>${escapeXml(i)}</li>`).join('')}</ul>`;
      const p = `<p>${b.lines.map(escapeXml).join('<br>')}</p>`;
      return b.type === 'quote' ? `<blockquote>${p}</blockquote>` : p;
    })
    .join('\n');

interface FeedItem extends ArticleSummary {
  html: string;
  modified?: string;
}

interface FeedSpec {
  title: string;
  description: string;
  pageUrl: string;
  rssUrl: string;
  jsonUrl: string;
  items: FeedItem[];
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
      content: { encoded: s.html },
      pubDate: new Date(s.date),
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
      content_html: s.html,
      date_published: s.date,
      ...(s.modified ? { date_modified: s.modified } : {}),
      tags: s.tags.map((t) => t.name),
    })),
  });
  files.set(spec.rssUrl.slice(1), rss);
  files.set(spec.jsonUrl.slice(1), `${JSON.stringify(json, null, 1)}\n`);
};

export const emitSiteFiles = ({
  baseUrl,
  summaries,
  stories,
  tags,
  byTag,
}: SiteFilesInput): EmittedFiles => {
  const item = (o: number): FeedItem => {
    const { body, modified } = stories[o]!;
    return { ...summaries[o]!, html: bodyHtml(body), ...(modified ? { modified } : {}) };
  };
  const newest = (ordinals: number[]) => ordinals.slice(0, FEED_SIZE).map(item);
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
      items: newest(summaries.map((s) => s.ordinal)),
    },
    abs,
  );
  for (const tag of tags) {
    const feed = feedPaths.tag(tag.id);
    const items = newest(byTag.get(tag.id) ?? []);
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
  // A story page last changed with its file (its date, or a later commit); a list page
  // with the latest change of any story it lists.
  const lastChange = (o: number | undefined) =>
    o === undefined ? undefined : (stories[o]!.modified ?? summaries[o]!.date);
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
  files.set(
    'sitemap.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${pages.map(url).join('\n')}\n</urlset>\n`,
  );
  files.set('robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${abs('/sitemap.xml')}\n`);
  return files;
};
