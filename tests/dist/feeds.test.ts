// The feeds parse with a feed-parsing library and carry the newest 50 stories (site-wide or
// of one tag), newest first, each dated and with its full text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/config/paths.ts';
import type { ArticleDetail } from '../../src/contract/model.ts';
import { SITES, summariesOf, tagsOf, readJson } from './support.ts';

const FEED_SIZE = 50;

describe.each(SITES)('feeds of $name', (site) => {
  const summaries = summariesOf(site);
  const newest = summaries.slice(0, FEED_SIZE);
  const read = (path: string) => readFileSync(join(site.dir, path), 'utf8');
  const storyUrl = (slug: string) => `${site.baseUrl}${paths.article.getHref(slug)}`;
  const bodyText = (slug: string) => readJson<ArticleDetail>(site, `data/articles/${slug}.json`).body;

  it('lists stories newest first', () => {
    const dates = summaries.map((s) => Date.parse(s.date));
    expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('RSS 2.0 has the newest stories, in order, dated, with link, tags and full text', () => {
    const feed = parseRssFeed(read('feed.xml'));
    expect(feed.items?.length).toBeLessThanOrEqual(FEED_SIZE);
    expect(feed.items?.map((i) => i.link)).toEqual(newest.map((s) => storyUrl(s.slug)));
    expect(feed.items?.map((i) => i.title)).toEqual(newest.map((s) => s.title));
    expect(feed.items?.map((i) => (i.categories ?? []).map((c) => c.name))).toEqual(newest.map((s) => s.tags.map((t) => t.name)));
    expect(feed.items?.map((i) => Date.parse(i.pubDate ?? ''))).toEqual(newest.map((s) => Date.parse(s.date)));
    for (const [i, item] of (feed.items ?? []).entries()) {
      const blocks = bodyText(newest[i]!.slug);
      // One <p> or <ul> per body block (a quote is a <blockquote> around a <p>).
      expect((item.content?.encoded ?? '').match(/<p>|<ul>/g)?.length, item.title).toBe(blocks.length);
    }
  });

  it('JSON Feed 1.1 has the newest stories with their dates, tags and full text', () => {
    const raw = readJson<{ version: string }>(site, 'feed.json');
    expect(raw.version).toBe('https://jsonfeed.org/version/1.1');
    const feed = parseJsonFeed(raw);
    expect(feed.items?.length).toBeLessThanOrEqual(FEED_SIZE);
    expect((feed.items ?? []).map((i) => i.url)).toEqual(newest.map((s) => storyUrl(s.slug)));
    expect((feed.items ?? []).map((i) => i.tags ?? [])).toEqual(newest.map((s) => s.tags.map((t) => t.name)));
    expect((feed.items ?? []).map((i) => Date.parse(i.date_published ?? ''))).toEqual(newest.map((s) => Date.parse(s.date)));
    for (const item of feed.items ?? []) {
      const last = bodyText(newest.find((s) => storyUrl(s.slug) === item.url)!.slug).at(-1)!;
      const lastLine = (last.type === 'list' ? last.items : last.lines).at(-1)!;
      // Escaped as character references: decode the five the feed uses before comparing.
      const decoded = (item.content_html ?? '').replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
      expect(decoded, item.title).toContain(lastLine);
    }
  });

  it('each tag has feeds with the newest of exactly its stories', () => {
    for (const tag of tagsOf(site)) {
      const expected = summaries
        .filter((s) => s.tags.some((t) => t.id === tag.id))
        .slice(0, FEED_SIZE)
        .map((s) => storyUrl(s.slug));
      const rss = parseRssFeed(read(`tags/${tag.id}/feed.xml`));
      expect(rss.items?.map((i) => i.link)).toEqual(expected);
      expect(rss.items?.every((i) => i.pubDate && i.content?.encoded)).toBe(true);
      const json = parseJsonFeed(readJson(site, `tags/${tag.id}/feed.json`));
      expect((json.items ?? []).map((i) => i.url)).toEqual(expected);
      expect((json.items ?? []).every((i) => i.date_published && i.content_html)).toBe(true);
    }
  });
});
