// RSS 2.0 and JSON Feed 1.1 for the whole site and for every tag: the newest FEED_SIZE
// stories, dated, with their full text.
import { generateJsonFeed, generateRssFeed } from 'feedsmith';
import { paths } from '../../../config/paths.ts';
import { feedPaths } from '../../../config/feed-paths.ts';
import { SITE_NAME, SITE_DESCRIPTION } from '../../../config/site.ts';
import type { ArticleSummary, Block } from '../../../contract/model.ts';
import { escapeXml } from '../xml.ts';
import { hashOf } from '../../../build/build-manifest.ts';
import type { SiteFileEmitter } from './emitter.ts';

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
  /** Indexes of the stories it carries (newest first) in the emit context's lists. */
  stories: number[];
}

const rssFeed = (spec: FeedSpec, items: FeedItem[], abs: (path: string) => string) =>
  generateRssFeed({
    title: spec.title,
    link: abs(spec.pageUrl),
    description: spec.description,
    language: 'en',
    atom: { links: [{ href: abs(spec.rssUrl), rel: 'self', type: 'application/rss+xml' }] },
    items: items.map((s) => ({
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

const jsonFeed = (spec: FeedSpec, items: FeedItem[], abs: (path: string) => string) => {
  const json = generateJsonFeed({
    title: spec.title,
    home_page_url: abs(spec.pageUrl),
    feed_url: abs(spec.jsonUrl),
    description: spec.description,
    language: 'en',
    items: items.map((s) => ({
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
  return `${JSON.stringify(json, null, 1)}\n`;
};

export const emitFeeds: SiteFileEmitter = (context, abs, out) => {
  const { corpus, summaries, tags, byTag, at, textKey } = context;
  const item = (i: number): FeedItem => {
    const { body, modified } = corpus.articles[i]!;
    return { ...summaries[i]!, html: bodyHtml(body), ...(modified ? { modified } : {}) };
  };
  // A feed is made from its stories' summaries and texts: each story's part of the key once.
  const itemKeys: string[] = [];
  const itemKey = (i: number) => (itemKeys[i] ??= hashOf(out.stable(summaries[i]!), textKey(i)));
  const writeFeeds = (spec: FeedSpec) => {
    const inputs = [
      abs(''),
      spec.title,
      spec.description,
      spec.pageUrl,
      ...spec.stories.map(itemKey),
    ];
    const items = () => spec.stories.map(item);
    out.keyed(spec.rssUrl, inputs, () => rssFeed(spec, items(), abs));
    out.keyed(spec.jsonUrl, inputs, () => jsonFeed(spec, items(), abs));
  };
  // Ordinals are ascending (oldest first): the newest are the last.
  const newest = (ordinals: number[]) => ordinals.slice(-FEED_SIZE).toReversed().map(at);
  const site = feedPaths.site();
  writeFeeds({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    pageUrl: paths.home.getHref(),
    rssUrl: site.rss,
    jsonUrl: site.json,
    stories: newest(summaries.map((s) => s.ordinal).toReversed()),
  });
  for (const tag of tags) {
    const feed = feedPaths.tag(tag.id);
    writeFeeds({
      title: `${tag.name} · ${SITE_NAME}`,
      description: `Stories about ${tag.name} on ${SITE_NAME}.`,
      pageUrl: paths.tag.getHref(tag.id),
      rssUrl: feed.rss,
      jsonUrl: feed.json,
      stories: newest(byTag.get(tag.id) ?? []),
    });
  }
};
