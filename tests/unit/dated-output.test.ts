// Dates reach readers and crawlers: feeds (newest 50, dated, full text), the sitemap's
// lastmod, and a story page's JSON-LD and Open Graph tags.
import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { emitData } from '../../src/content/emit/emit.ts';
import { FEED_SIZE, bodyHtml } from '../../src/content/emit/emitters/feeds.ts';
import type { ArticleDetail } from '../../src/contract/model.ts';
import { buildHead } from '../../src/prerender/head.ts';
import { articleMeta } from '../../src/prerender/pages.ts';
import { bytes, corpusOf } from './support.ts';

// 60 BTS stories, day n of 2025 each, shuffled across two files; one with a later change.
const days = Array.from({ length: 60 }, (_, i) => i + 1);
const story = (d: number) =>
  `• BTS story ${d}\n\nDate: ${new Date(Date.UTC(2025, 0, d)).toISOString().slice(0, 10)}\n\nBTS news on day ${d} <b>&</b>.\n\n- one\n- two`;
const corpus = corpusOf([
  {
    path: 'seeds/odd.txt',
    bytes: bytes(
      days
        .filter((d) => d % 2)
        .map(story)
        .join('\n\n'),
    ),
  },
  {
    path: 'seeds/even.txt',
    bytes: bytes(
      days
        .filter((d) => !(d % 2))
        .reverse()
        .map(story)
        .join('\n\n'),
    ),
    date: { added: '2024-01-01T00:00:00Z', changed: '2025-03-01T10:00:00+09:00' },
  },
]);
const files = emitData(corpus, { baseUrl: 'https://kwave.example' });

describe('dated feeds', () => {
  it('carry the newest 50 stories, newest first, each dated', () => {
    const rss = parseRssFeed(files.get('feed.xml')!);
    expect(rss.items).toHaveLength(FEED_SIZE);
    expect(rss.items?.[0]?.title).toBe('BTS story 60');
    expect(rss.items?.at(-1)?.title).toBe('BTS story 11');
    const dates = rss.items!.map((i) => Date.parse(i.pubDate!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(new Date(dates[0]!).toISOString()).toBe('2025-03-01T00:00:00.000Z');
    const json = parseJsonFeed(JSON.parse(files.get('feed.json')!));
    expect(json.items).toHaveLength(FEED_SIZE);
    expect(json.items?.every((i) => i.date_published)).toBe(true);
    expect(json.items?.find((i) => i.title === 'BTS story 60')?.date_modified).toBe(
      '2025-03-01T01:00:00.000Z',
    );
    const tag = parseRssFeed(files.get('tags/bts/feed.xml')!);
    expect(tag.items?.map((i) => i.title)).toEqual(rss.items?.map((i) => i.title));
  });

  it('carry the full text as escaped HTML', () => {
    const json = parseJsonFeed(JSON.parse(files.get('feed.json')!));
    expect(json.items?.[0]?.content_html).toBe(
      '<p>BTS news on day 60 &#60;b&#62;&#38;&#60;/b&#62;.</p>\n<ul><li>one</li><li>two</li></ul>',
    );
    const rss = parseRssFeed(files.get('feed.xml')!);
    expect(rss.items?.[0]?.content?.encoded).toBe(json.items?.[0]?.content_html);
    expect(bodyHtml([{ type: 'quote', lines: ['"a"', '"b"'] }])).toBe(
      '<blockquote><p>&#34;a&#34;<br>&#34;b&#34;</p></blockquote>',
    );
  });

  it('date every page in the sitemap by its last change', () => {
    const sitemap = files.get('sitemap.xml')!;
    const lastmod = (path: string) =>
      new RegExp(`<loc>https://kwave\\.example${path}</loc><lastmod>([^<]+)</lastmod>`).exec(
        sitemap,
      )?.[1];
    // A list changes with any of its stories: story 2's edit (01:00 UTC) is the latest.
    expect(lastmod('/')).toBe('2025-03-01T10:00:00+09:00');
    expect(lastmod('/tags/bts')).toBe('2025-03-01T10:00:00+09:00');
    const first = corpus.articles.find((a) => a.title === 'BTS story 1')!;
    expect(lastmod(`/articles/${first.slug}`)).toBe('2025-01-01T00:00:00Z');
    const changed = corpus.articles.find((a) => a.title === 'BTS story 2')!;
    expect(lastmod(`/articles/${changed.slug}`)).toBe('2025-03-01T10:00:00+09:00');
  });
});

describe('a story page head', () => {
  it('has datePublished, dateModified and article:published_time', () => {
    const a = corpus.articles.find((x) => x.title === 'BTS story 2')!;
    const detail = JSON.parse(files.get(`data/articles/${a.slug}.json`)!) as ArticleDetail;
    expect(detail).toMatchObject({
      date: '2025-01-02T00:00:00Z',
      modified: '2025-03-01T10:00:00+09:00',
    });
    const meta = articleMeta(detail, 'https://kwave.example');
    expect(meta.jsonLd).toMatchObject({
      datePublished: '2025-01-02T00:00:00Z',
      dateModified: '2025-03-01T10:00:00+09:00',
    });
    const head = buildHead(meta, 'https://kwave.example');
    expect(head).toContain(
      '<meta property="article:published_time" content="2025-01-02T00:00:00Z" />',
    );
    expect(head).toContain(
      '<meta property="article:modified_time" content="2025-03-01T10:00:00+09:00" />',
    );
    const unchanged = JSON.parse(
      files.get(
        `data/articles/${corpus.articles.find((x) => x.title === 'BTS story 1')!.slug}.json`,
      )!,
    ) as ArticleDetail;
    expect(unchanged.modified).toBeUndefined();
    expect(articleMeta(unchanged, '').jsonLd.dateModified).toBeUndefined();
  });
});
