// One page of each type from the built site, chosen from its data: the one table that
// `npm run audit`, `npm run budget` and the budget test read. A new page type is one row.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SummaryPage, TagDirectory } from '../../src/content/model.ts';
import { paths } from '../../src/config/paths.ts';

export interface SamplePage {
  name: string;
  /** Path on the site, as a reader's link has it. */
  path: string;
}

interface PageType {
  name: string;
  /** The page's path in this build, or null when the build has no such page. */
  pick: (dist: string) => string | null;
}

const readJson = <T>(dist: string, file: string) =>
  JSON.parse(readFileSync(join(dist, 'data', file), 'utf8')) as T;

/** The show with the most stories (the busiest tag page), else the first tag. */
const busiestShow = (dist: string) => {
  const { tags } = readJson<TagDirectory>(dist, 'tags.json');
  return [...tags].filter((t) => t.kind === 'show').sort((a, b) => b.count - a.count)[0] ?? tags[0];
};

/** Present only where the build has the page's file, so a branch without it still audits. */
const ifBuilt = (path: string) => (dist: string) =>
  existsSync(join(dist, path, 'index.html')) ? path : null;

export const PAGE_TYPES: PageType[] = [
  { name: 'home', pick: () => paths.home.getHref() },
  {
    name: 'story',
    pick: (dist) => {
      const slug = readJson<SummaryPage>(dist, 'pages/1.json').items[0]?.slug;
      return slug ? paths.article.getHref(slug) : null;
    },
  },
  {
    name: 'tag',
    pick: (dist) => {
      const tag = busiestShow(dist);
      return tag ? paths.tag.getHref(tag.id) : null;
    },
  },
  { name: 'tags', pick: () => paths.tags.getHref() },
  { name: 'search', pick: ifBuilt('/search') },
];

/** The page types this build has, one page each. */
export const samplePages = (dist = 'dist'): SamplePage[] =>
  PAGE_TYPES.flatMap(({ name, pick }) => {
    const path = pick(dist);
    return path === null ? [] : [{ name, path }];
  });

/** Page types this build lacks (e.g. search before that branch lands), to say so. */
export const missingPageTypes = (dist = 'dist') =>
  PAGE_TYPES.filter(({ pick }) => pick(dist) === null).map(({ name }) => name);
