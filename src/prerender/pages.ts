// The <head> facts of each page type (title, description, JSON-LD), from the JSON the
// pipeline wrote; its row in page-types.ts says which data each one gets.
import { KIND_RULES } from '../contract/kinds.ts';
import type { ArticleDetail, ArticleSummary, TagDetail, TagDirectory } from '../contract/model.ts';
import { paths } from '../config/paths.ts';
import { DEFAULT_SHARE_IMAGE, SITE_DESCRIPTION, SITE_NAME, sharePaths } from '../config/site.ts';
import { documentTitle } from '../lib/site.ts';
import type { PageMeta } from './head.ts';

const itemList = (items: ArticleSummary[], base: string) => ({
  '@type': 'ItemList',
  numberOfItems: items.length,
  itemListElement: items.map((s, i) => ({
    '@type': 'ListItem',
    position: i + 1,
    url: `${base}${paths.article.getHref(s.slug)}`,
    name: s.title,
  })),
});

const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/** `first`: the stories its first view shows. */
export const homeMeta = (first: ArticleSummary[], base: string): PageMeta => ({
  path: paths.home.getHref(),
  title: documentTitle('Latest stories'),
  heading: SITE_NAME,
  description: SITE_DESCRIPTION,
  type: 'website',
  jsonLd: {
    '@type': 'CollectionPage',
    name: SITE_NAME,
    description: SITE_DESCRIPTION,
    image: `${base}${DEFAULT_SHARE_IMAGE}`,
    mainEntity: itemList(first, base),
  },
});

export const searchMeta = (): PageMeta => ({
  path: paths.search.getHref(),
  title: documentTitle('Search'),
  heading: 'Search',
  description: `Search ${SITE_NAME}: stories, people, groups and shows, in any spelling.`,
  type: 'website',
  jsonLd: { '@type': 'SearchResultsPage', name: 'Search' },
});

export const tagsMeta = (directory: TagDirectory): PageMeta => ({
  path: paths.tags.getHref(),
  title: documentTitle('All tags'),
  heading: 'All tags',
  description: `Every person, group, show and song in ${SITE_NAME}: ${directory.tags.length} tags.`,
  type: 'website',
  jsonLd: {
    '@type': 'CollectionPage',
    name: 'All tags',
    description: `The ${directory.tags.length} tags of ${SITE_NAME}.`,
  },
});

export const tagMeta = (tag: TagDetail, first: ArticleSummary[], base: string): PageMeta => {
  const aka = tag.aliases.length ? ` (also ${tag.aliases.slice(0, 3).join(', ')})` : '';
  const description = `${tag.count} ${tag.count === 1 ? 'story' : 'stories'} about ${tag.name}${aka} on ${SITE_NAME}.`;
  return {
    path: paths.tag.getHref(tag.id),
    title: documentTitle(tag.name),
    heading: tag.name,
    description,
    type: 'website',
    tagFeed: { id: tag.id, name: tag.name },
    image: { path: sharePaths.tag(tag.id), alt: `${tag.name} on ${SITE_NAME}` },
    jsonLd: {
      '@type': 'CollectionPage',
      name: tag.name,
      description,
      image: `${base}${sharePaths.tag(tag.id)}`,
      about: {
        '@type': KIND_RULES[tag.kind].schemaType,
        name: tag.name,
        ...(tag.aliases.length ? { alternateName: tag.aliases } : {}),
      },
      mainEntity: itemList(first, base),
    },
  };
};

export const articleMeta = (article: ArticleDetail, base: string): PageMeta => ({
  path: paths.article.getHref(article.slug),
  title: documentTitle(article.title),
  heading: article.title,
  description: clip(article.excerpt, 200),
  type: 'article',
  published: article.date,
  ...(article.modified ? { modified: article.modified } : {}),
  image: { path: sharePaths.article(article.slug), alt: article.title },
  jsonLd: {
    '@type': 'NewsArticle',
    headline: clip(article.title, 110),
    datePublished: article.date,
    ...(article.modified ? { dateModified: article.modified } : {}),
    description: clip(article.excerpt, 200),
    image: [`${base}${sharePaths.article(article.slug)}`],
    keywords: article.tags.map((t) => t.name).join(', '),
    about: article.tags.map((t) => ({
      '@type': KIND_RULES[t.kind].schemaType,
      name: t.name,
      url: `${base}${paths.tag.getHref(t.id)}`,
    })),
    publisher: { '@type': 'Organization', name: SITE_NAME },
    mainEntityOfPage: `${base}${paths.article.getHref(article.slug)}`,
  },
});

/** A page of the reader's own (follows, saves): kept in their browser, nothing to index. */
const personalMeta = (path: string, heading: string, description: string): PageMeta => ({
  path,
  title: documentTitle(heading),
  heading,
  description,
  type: 'website',
  noindex: true,
  jsonLd: { '@type': 'WebPage', name: heading },
});

export const followingMeta = () =>
  personalMeta(
    paths.following.getHref(),
    'Following',
    `The latest stories about the people, groups and shows you follow on ${SITE_NAME}.`,
  );

export const savedMeta = () =>
  personalMeta(
    paths.saved.getHref(),
    'Saved stories',
    `Stories you saved on ${SITE_NAME} to read later, also offline.`,
  );

export const notFoundMeta = (): PageMeta => ({
  path: '/404',
  title: documentTitle('Page not found'),
  heading: 'Page not found',
  description: `This page is not on ${SITE_NAME}.`,
  type: 'website',
  noindex: true,
  jsonLd: { '@type': 'WebPage', name: 'Page not found' },
});

/** The service worker's offline answer: not a page to index or list (decision 0028). */
export const offlineMeta = (): PageMeta => ({
  path: paths.offline.getHref(),
  title: documentTitle('You are offline'),
  heading: 'You are offline',
  description: `This page of ${SITE_NAME} is not saved on this device.`,
  type: 'website',
  noindex: true,
  jsonLd: { '@type': 'WebPage', name: 'You are offline' },
});
