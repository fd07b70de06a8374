// RSS 2.0 and JSON Feed 1.1 for the whole site and for every tag: the newest FEED_SIZE
// stories, dated, with their full text.
import { generateJsonFeed, generateRssFeed } from 'feedsmith';
import { paths } from '../../../config/paths.ts';
import { feedPaths } from '../../../config/feed-paths.ts';
import { SITE_NAME, SITE_DESCRIPTION } from '../../../config/site.ts';
import type { ArticleSummary, Block } from '../../../contract/model.ts';
import { escapeXml } from '../xml.ts';
import type { EmitOutput, SiteFileEmitter } from './emitter.ts';

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

const writeFeeds = (out: EmitOutput, spec: FeedSpec, abs: (path: string) => string) => {
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
  out.text(spec.rssUrl, rss);
  out.text(spec.jsonUrl, `${JSON.stringify(json, null, 1)}\n`);
};

export const emitFeeds: SiteFileEmitter = ({ corpus, summaries, tags, byTag, at }, abs, out) => {
  const item = (o: number): FeedItem => {
    const { body, modified } = corpus.articles[at(o)]!;
    return { ...summaries[at(o)]!, html: bodyHtml(body), ...(modified ? { modified } : {}) };
  };
  // Ordinals are ascending (oldest first): the newest are the last.
  const newest = (ordinals: number[]) => ordinals.slice(-FEED_SIZE).toReversed().map(item);
  const site = feedPaths.site();
  writeFeeds(
    out,
    {
      title: SITE_NAME,
      description: SITE_DESCRIPTION,
      pageUrl: paths.home.getHref(),
      rssUrl: site.rss,
      jsonUrl: site.json,
      items: newest(summaries.map((s) => s.ordinal).toReversed()),
    },
    abs,
  );
  for (const tag of tags) {
    const feed = feedPaths.tag(tag.id);
    writeFeeds(
      out,
      {
        title: `${tag.name} · ${SITE_NAME}`,
        description: `Stories about ${tag.name} on ${SITE_NAME}.`,
        pageUrl: paths.tag.getHref(tag.id),
        rssUrl: feed.rss,
        jsonUrl: feed.json,
        items: newest(byTag.get(tag.id) ?? []),
      },
      abs,
    );
  }
};
