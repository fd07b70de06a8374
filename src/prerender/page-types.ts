// Every page type of the site, as the build sees it: the pages it has in this build, their
// head, share card, search record, sitemap entries and audit sample. The prerenderer
// (build-pages.ts), the sitemap (content/emit/emitters/sitemap.ts) and the audit's sample
// pages (scripts/lib/sample-pages.ts) walk this table; the router walks its twin,
// src/app/page-routes.tsx, whose ids this table must cover. In the order the sitemap
// lists them. Build code only: it stays out of the browser bundle.
import { dirname } from 'node:path';
import type {
  ArticleDetail,
  ArticleSummary,
  ListChunk,
  SearchNames,
  SiteInfo,
  Suggested,
  TagDetail,
  TagDirectory,
} from '../contract/model.ts';
import { dataPaths } from '../config/data-paths.ts';
import { firstViewChunks } from '../config/list-chunks.ts';
import { paths } from '../config/paths.ts';
import { sharePaths } from '../config/site.ts';
import { storyCard, tagCard } from './cards/card-content.ts';
import type { PageTypeId } from '../app/page-routes.tsx';
import { pageAt, pageType, type PageType, type SitemapSource } from './page-type.ts';
import {
  articleMeta,
  followingMeta,
  homeMeta,
  notFoundMeta,
  offlineMeta,
  savedMeta,
  searchMeta,
  tagMeta,
  tagsMeta,
} from './pages.ts';
import { searchRecord } from './search-record.ts';

/** The stories a list's first view shows, newest first (its chunks, as the app reads them). */
const firstView = async (
  read: <T>(path: string) => Promise<T>,
  total: number,
  chunkPath: (n: number) => string,
): Promise<ArticleSummary[]> =>
  (await Promise.all(firstViewChunks(total).map((n) => read<ListChunk>(chunkPath(n))))).flatMap(
    (c) => c.items,
  );

/** A list of every story changes whenever any story does. */
const everyStory = ({ summaries, lastChange }: SitemapSource) =>
  lastChange(summaries.map((s) => s.ordinal));

export const pageTypes: Record<PageTypeId, PageType> = {
  home: pageType({
    view: 'src/app/routes/home.tsx',
    status: 200,
    // site.json is read by its view (the story count cuts the list) and carried in its HTML.
    inputs: ['site', 'chunk', 'tagDirectory'],
    pages: async ({ read }) => [
      pageAt(paths.home.getHref(), async () => {
        const { total } = await read<SiteInfo>(dataPaths.site());
        return { total, items: await firstView(read, total, dataPaths.chunk) };
      }),
    ],
    head: ({ items }, base) => homeMeta(items, base),
    card: () => null,
    fullText: null,
    sitemap: (site) => [[paths.home.getHref(), everyStory(site)]],
    sample: { name: 'home', pick: () => paths.home.getHref() },
  }),
  tags: pageType({
    view: 'src/app/routes/tags.tsx',
    status: 200,
    inputs: ['tagDirectory'],
    pages: async ({ read }) => [
      pageAt(paths.tags.getHref(), () => read<TagDirectory>(dataPaths.tagDirectory())),
    ],
    head: (directory) => tagsMeta(directory),
    card: () => null,
    fullText: null,
    sitemap: (site) => [[paths.tags.getHref(), everyStory(site)]],
    sample: { name: 'tags', pick: () => paths.tags.getHref() },
  }),
  search: pageType({
    view: 'src/app/routes/search.tsx',
    status: 200,
    // Results come from the search index in the browser: the page itself reads no data.
    inputs: [],
    pages: async () => [pageAt(paths.search.getHref(), async () => null)],
    head: () => searchMeta(),
    card: () => null,
    fullText: null,
    sitemap: null,
    sample: { name: 'search', pick: () => paths.search.getHref() },
  }),
  tag: pageType({
    view: 'src/app/routes/tag.tsx',
    status: 200,
    // Its view reads its info and first view's chunks (not the directory its pages are
    // listed from); the info's count says which chunks those are. A group with members
    // shows its stories and theirs (decision 0027): those chunks, cut by `family`.
    inputs: ['tagInfo', 'tagChunk', 'tagFamilyChunk'],
    pages: async ({ read }) =>
      (await read<TagDirectory>(dataPaths.tagDirectory())).tags.map(({ id }) =>
        pageAt(paths.tag.getHref(id), async () => {
          const info = await read<TagDetail>(dataPaths.tagInfo(id));
          const items =
            info.family === undefined
              ? await firstView(read, info.count, (n) => dataPaths.tagChunk(id, n))
              : await firstView(read, info.family, (n) => dataPaths.tagFamilyChunk(id, n));
          return { info, items };
        }),
      ),
    head: ({ info, items }, base) => tagMeta(info, items, base),
    card: ({ info }, canDraw) => ({
      path: sharePaths.tag(info.id),
      content: tagCard(info, canDraw),
    }),
    fullText: null,
    sitemap: ({ tags, tagListed, lastChange }) =>
      tags.map((t) => [paths.tag.getHref(t.id), lastChange(tagListed(t.id))]),
    sample: {
      name: 'tag',
      // The show with the most stories (the busiest tag page), else the first tag.
      pick: (read) => {
        const { tags } = read<TagDirectory>(dataPaths.tagDirectory());
        const busiest = tags.filter((t) => t.kind === 'show').sort((a, b) => b.count - a.count);
        const tag = busiest[0] ?? tags[0];
        return tag ? paths.tag.getHref(tag.id) : null;
      },
    },
  }),
  article: pageType({
    view: 'src/app/routes/article.tsx',
    status: 200,
    // Its page shows its own file only; the list and search names it is enumerated and
    // indexed from change with other stories, and do not make its page again.
    inputs: ['article'],
    pages: async ({ read, list }) => {
      const { chunkCount } = await read<SiteInfo>(dataPaths.site());
      const stories: ArticleSummary[] = [];
      for (let n = chunkCount; n >= 1; n--)
        stories.push(...(await read<ListChunk>(dataPaths.chunk(n))).items);
      // Every tag's other names, from the search suggestion files, for the search records.
      const aliases = new Map<string, string[]>();
      const namesDir = dirname(dataPaths.searchNames('a'));
      for (const file of await list(namesDir)) {
        const { tags } = await read<SearchNames>(`${namesDir}/${file}`);
        for (const tag of tags) aliases.set(tag.id, tag.aliases);
      }
      const aliasesOf = (id: string) => aliases.get(id) ?? [];
      return stories.map(({ slug, date, tags }) => ({
        ...pageAt(paths.article.getHref(slug), async () => ({
          article: await read<ArticleDetail>(dataPaths.article(slug)),
          aliasesOf,
        })),
        // A list's summary carries the story's date and tags (summarize.ts): its record
        // is its file and the other names of those tags.
        search: { date, key: JSON.stringify(tags.map((t) => aliasesOf(t.id))) },
      }));
    },
    head: ({ article }, base) => articleMeta(article, base),
    card: ({ article }, canDraw) => ({
      path: sharePaths.article(article.slug),
      content: storyCard(article, canDraw),
    }),
    fullText: { record: ({ article, aliasesOf }, url) => searchRecord(url, article, aliasesOf) },
    sitemap: ({ summaries, lastChange }) =>
      summaries.map((s) => [paths.article.getHref(s.slug), lastChange([s.ordinal])]),
    sample: {
      name: 'story',
      pick: (read) => {
        // The newest story: first in the newest chunk.
        const { chunkCount } = read<SiteInfo>(dataPaths.site());
        const slug = read<ListChunk>(dataPaths.chunk(chunkCount)).items[0]?.slug;
        return slug ? paths.article.getHref(slug) : null;
      },
    },
  }),
  following: pageType({
    view: 'src/app/routes/following.tsx',
    status: 200,
    // Rendered for a reader who follows no one yet: what to follow first. Whom a reader
    // follows is in their browser; the app draws their list there.
    inputs: ['suggested'],
    pages: async ({ read }) => [
      pageAt(paths.following.getHref(), () => read<Suggested>(dataPaths.suggested())),
    ],
    head: () => followingMeta(),
    card: () => null,
    fullText: null,
    sitemap: null,
    sample: { name: 'following', pick: () => paths.following.getHref() },
  }),
  saved: pageType({
    view: 'src/app/routes/saved.tsx',
    status: 200,
    // The saved stories are in the reader's browser: the page itself reads no data.
    inputs: [],
    pages: async () => [pageAt(paths.saved.getHref(), async () => null)],
    head: () => savedMeta(),
    card: () => null,
    fullText: null,
    sitemap: null,
    sample: { name: 'saved', pick: () => paths.saved.getHref() },
  }),
  offline: pageType({
    // The service worker serves this page for any page it has not kept; its view (the
    // not-found view's offline message) loads on demand, and the worker precaches it.
    view: null,
    status: 200,
    inputs: [],
    pages: async () => [pageAt(paths.offline.getHref(), async () => null)],
    head: () => offlineMeta(),
    card: () => null,
    fullText: null,
    sitemap: null,
    sample: null,
  }),
  notFound: pageType({
    // Its view is in the entry (it answers any unknown path): nothing to preload.
    view: null,
    status: 404,
    inputs: [],
    pages: async () => [{ url: '/404', file: '404.html', load: async () => null }],
    head: () => notFoundMeta(),
    card: () => null,
    fullText: null,
    sitemap: null,
    sample: null,
  }),
};
