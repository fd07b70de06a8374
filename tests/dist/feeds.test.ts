// The feeds parse with a feed-parsing library and carry one entry per story.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/config/paths.ts';
import { SITES, summariesOf, tagsOf, readJson } from './support.ts';

describe.each(SITES)('feeds of $name', (site) => {
  const summaries = summariesOf(site);
  const read = (path: string) => readFileSync(join(site.dir, path), 'utf8');
  const storyUrl = (slug: string) => `${site.baseUrl}${paths.article.getHref(slug)}`;

  it('RSS 2.0 has every story, in order, with its link and tags', () => {
    const feed = parseRssFeed(read('feed.xml'));
    expect(feed.items?.map((i) => i.link)).toEqual(summaries.map((s) => storyUrl(s.slug)));
    expect(feed.items?.map((i) => i.title)).toEqual(summaries.map((s) => s.title));
    expect(feed.items?.map((i) => (i.categories ?? []).map((c) => c.name))).toEqual(summaries.map((s) => s.tags.map((t) => t.name)));
  });

  it('JSON Feed 1.1 has every story with its tags', () => {
    const raw = readJson<{ version: string }>(site, 'feed.json');
    expect(raw.version).toBe('https://jsonfeed.org/version/1.1');
    const feed = parseJsonFeed(raw);
    expect((feed.items ?? []).map((i) => i.url)).toEqual(summaries.map((s) => storyUrl(s.slug)));
    expect((feed.items ?? []).map((i) => i.tags ?? [])).toEqual(summaries.map((s) => s.tags.map((t) => t.name)));
  });

  it('each tag has feeds with exactly its stories', () => {
    for (const tag of tagsOf(site)) {
      const expected = summaries.filter((s) => s.tags.some((t) => t.id === tag.id)).map((s) => storyUrl(s.slug));
      expect(parseRssFeed(read(`tags/${tag.id}/feed.xml`)).items?.map((i) => i.link)).toEqual(expected);
      expect((parseJsonFeed(readJson(site, `tags/${tag.id}/feed.json`)).items ?? []).map((i) => i.url)).toEqual(expected);
    }
  });
});
