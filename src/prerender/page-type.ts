// What the build knows of one page type: one row of the table in page-types.ts. The route
// side of the same type (its path and view) is its row in src/app/page-routes.tsx.
import type { dataPaths } from '../config/data-paths.ts';
import type { EmitContext } from '../content/emit/emit-context.ts';
import type { CanDraw } from './cards/card-glyphs.ts';
import type { CardContent } from './cards/share-card.ts';
import type { PageMeta } from './head.ts';
import type { SearchRecord } from './search-record.ts';

/** A data file the pipeline writes, by its name in src/config/data-paths.ts. */
export type DataFile = keyof typeof dataPaths;

/** A route module, as Vite's manifest names its chunk. */
export type RouteFile = `src/app/routes/${string}.tsx`;

/** Reads the data the pipeline wrote, by site path (dataPaths). */
export interface PageSource {
  read: <T>(path: string) => Promise<T>;
  /** The file names in a data folder. */
  list: (folder: string) => Promise<string[]>;
}

/** One page to prerender: where it goes, and how to read what it shows. */
export interface Page<Data> {
  url: string;
  /** Its file under the output folder. */
  file: string;
  /** Read a few pages at a time while pages are written, so memory stays flat. */
  load: () => Promise<Data>;
  /**
   * For a page in the full-text index: its story's date (the index part it goes into) and a
   * key of what its record reads besides its data (its tags' other names). With these the
   * build keeps an unchanged page's record without reading its data.
   */
  search?: { date?: string; key: string };
}

/** A page at a folder's index.html, as static hosts serve /tags and /tags/. */
export const pageAt = <Data>(url: string, load: () => Promise<Data>): Page<Data> => ({
  url,
  file: url === '/' ? 'index.html' : `${decodeURIComponent(url.slice(1))}/index.html`,
  load,
});

export interface ShareCard {
  path: string;
  content: CardContent;
}

/** What the sitemap is made from: the pipeline's corpus, before any page is written. */
export interface SitemapSource extends Pick<EmitContext, 'summaries' | 'tags' | 'byTag'> {
  /** The stories a tag's page lists: a group with members lists theirs too (decision 0027). */
  tagListed: (id: string) => number[];
  /** When the latest of these stories last changed: its date, or a later commit. */
  lastChange: (ordinals: number[]) => string | undefined;
}

/** A sitemap <url>: the page's path and its last change, if it lists any story. */
export type SitemapEntry = [path: string, lastChange: string | undefined];

/** Reads a data file of a built site, by site path, at once (test collection is synchronous). */
export type ReadBuilt = <T>(path: string) => T;

/**
 * One page type for the build. What reads a page's data is written as methods, so that a
 * row typed with its own Data fits the table's PageType<unknown> (method parameters are
 * bivariant): the prerender hands a row's head, card and record only what that row's own
 * pages loaded.
 */
export interface PageType<Data = unknown> {
  /** Its route module, whose chunks its pages preload; null when the view is in the entry. */
  view: RouteFile | null;
  /** The HTTP status its render must answer. */
  status: number;
  /**
   * The data files its pages are made from (what its head reads, what its route's loader
   * fetches), not the ones its pages are enumerated from. A site-wide one (site, tagDirectory)
   * is hashed into every page's input key; a page's own files are the data it loads.
   */
  inputs: readonly DataFile[];
  /** Every page of this type in the build, enumerated from the data the pipeline wrote. */
  pages(source: PageSource): Promise<Page<Data>[]>;
  head(data: Data, base: string): PageMeta;
  /** Its share card, drawn beside the page; null: the page shows the site's card. */
  card(data: Data, canDraw: CanDraw): ShareCard | null;
  /**
   * Its pages' full-text search records; null: not in the search index. Types with records
   * are written first, so Pagefind indexes them while the other pages are written.
   */
  fullText: { record(data: Data, url: string): SearchRecord } | null;
  /** Its entries in sitemap.xml; null: not listed (a page a crawler should not index). */
  sitemap: ((site: SitemapSource) => SitemapEntry[]) | null;
  /** The page of this type that audits and budgets measure (scripts/lib/sample-pages.ts). */
  sample: { name: string; pick: (read: ReadBuilt) => string | null } | null;
}

/** A row, checked whole against its own Data, then put in the table. */
export const pageType = <Data>(row: PageType<Data>): PageType => row;
