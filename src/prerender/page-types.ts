// Every page type of the site, as the build sees it: the pages it has in this build, their
// head, share card, search record, sitemap entries and audit sample. The prerenderer
// (build-pages.ts), the sitemap (content/emit/emitters/sitemap.ts) and the audit's sample
// pages (scripts/lib/sample-pages.ts) walk this table; the router walks its twin,
// src/app/page-routes.tsx, whose ids this table must cover. In the order the sitemap
// lists them. Build code only: it stays out of the browser bundle.
import { dirname } from 'node:path';
import type {
  ArticleDetail,
  SearchNames,
  SiteInfo,
  SummaryPage,
  TagDetail,
  TagDirectory,
} from '../contract/model.ts';
import { dataPaths } from '../config/data-paths.ts';
import { paths } from '../config/paths.ts';
import { sharePaths } from '../config/site.ts';
import { storyCard, tagCard } from './cards/card-content.ts';
import type { PageTypeId } from '../app/page-routes.tsx';
import { pageAt, pageType, type PageType, type SitemapSource } from './page-type.ts';
import { articleMeta, homeMeta, notFoundMeta, searchMeta, tagMeta, tagsMeta } from './pages.ts';
import { searchRecord } from './search-record.ts';

/** A list of every story changes whenever any story does. */
const everyStory = ({ summaries, lastChange }: SitemapSource) =>
  lastChange(summaries.map((s) => s.ordinal));

export const pageTypes: Record<PageTypeId, PageType> = {
  home: pageType({
    view: 'src/app/routes/home.tsx',
    status: 200,
    inputs: ['page', 'tagDirectory'],
    pages: async ({ read }) => [
      pageAt(paths.home.getHref(), () => read<SummaryPage>(dataPaths.page(1))),
    ],
    head: (first, base) => homeMeta(first, base),
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
    // Its view reads its info and first page (not the directory its pages are listed from).
    inputs: ['tagInfo', 'tagPage'],
    pages: async ({ read }) =>
      (await read<TagDirectory>(dataPaths.tagDirectory())).tags.map(({ id }) =>
        pageAt(paths.tag.getHref(id), async () => {
          const [info, first] = await Promise.all([
            read<TagDetail>(dataPaths.tagInfo(id)),
            read<SummaryPage>(dataPaths.tagPage(id, 1)),
          ]);
          return { info, first };
        }),
      ),
    head: ({ info, first }, base) => tagMeta(info, first, base),
    card: ({ info }, canDraw) => ({
      path: sharePaths.tag(info.id),
      content: tagCard(info, canDraw),
    }),
    fullText: null,
    sitemap: ({ tags, byTag, lastChange }) =>
      tags.map((t) => [paths.tag.getHref(t.id), lastChange(byTag.get(t.id) ?? [])]),
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
      const { pageCount } = await read<SiteInfo>(dataPaths.site());
      const slugs: string[] = [];
      for (let n = 1; n <= pageCount; n++)
        slugs.push(...(await read<SummaryPage>(dataPaths.page(n))).items.map((s) => s.slug));
      // Every tag's other names, from the search suggestion files, for the search records.
      const aliases = new Map<string, string[]>();
      const namesDir = dirname(dataPaths.searchNames('a'));
      for (const file of await list(namesDir)) {
        const { tags } = await read<SearchNames>(`${namesDir}/${file}`);
        for (const tag of tags) aliases.set(tag.id, tag.aliases);
      }
      const aliasesOf = (id: string) => aliases.get(id) ?? [];
      return slugs.map((slug) =>
        pageAt(paths.article.getHref(slug), async () => ({
          article: await read<ArticleDetail>(dataPaths.article(slug)),
          aliasesOf,
        })),
      );
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
        const slug = read<SummaryPage>(dataPaths.page(1)).items[0]?.slug;
        return slug ? paths.article.getHref(slug) : null;
      },
    },
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
