// Renders every page of every page type (page-types.ts) to its own HTML file in the built
// site, with its share card, and sends the search index its records as their pages are
// written. What a page type has is its row's business; how pages are written is this one's.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hashOf } from '../build/build-manifest.ts';
import type { OutputWriter } from '../build/output-writer.ts';
import type { OutputEntry } from '../build/build-manifest.ts';
import { dataPaths } from '../config/data-paths.ts';
import { DEFAULT_SHARE_IMAGE } from '../config/site.ts';
import { inBatches } from '../content/emit/write-files.ts';
import type { createCardWriter } from './cards/card-cache.ts';
import { siteCard } from './cards/card-content.ts';
import { loadCardGlyphs } from './cards/card-glyphs.ts';
import type { DataFile, PageSource, PageType } from './page-type.ts';
import type { PageTypeId } from '../app/page-routes.tsx';
import { pageTypes } from './page-types.ts';
import { readPreloads } from './preloads.ts';
import type { PendingRecord } from './search-record.ts';
import { noteRead, pageKey, readsOf, type PageKeyParts } from './page-inputs.ts';
import { buildSsrBundle } from './ssr-bundle.ts';
import { readTemplate, type PageTemplate } from './template.ts';

export interface BuildPagesOptions {
  /** The project root: where Vite builds the server bundle. */
  root: string;
  /** The built site: its data is read from it, its pages are written into it. */
  dist: string;
  /** Public base URL, for the head's absolute links. */
  baseUrl: string;
  cards: ReturnType<typeof createCardWriter>;
  /** Takes each search record and its place in the index: 0, 1, 2, ... */
  index: (record: PendingRecord, position: number) => void;
  /** Writes the pages, and skips a page made from the same inputs as last time. */
  writer: OutputWriter;
  /** Hash of what every page is made from: template, chunk manifest, code, SITE_URL. */
  sharedKey: string;
}

/** Data files of one name for the whole site: a page that declares one depends on its bytes. */
const siteWide: Partial<Record<DataFile, () => string>> = {
  site: dataPaths.site,
  tagDirectory: dataPaths.tagDirectory,
};

/** How many pages each page type has in this build. */
export type PageCounts = Record<PageTypeId, number>;

export interface BuiltPages {
  counts: PageCounts;
  /** Pages rendered (the others were made from the same inputs last time). */
  rendered: number;
  /** Share cards put in place (drawn or from the card cache). */
  cardsPlaced: number;
}

export const buildPages = async ({
  root,
  dist,
  baseUrl,
  cards,
  index,
  writer,
  sharedKey,
}: BuildPagesOptions): Promise<BuiltPages> => {
  // What the card font draws: headlines keep only that (an emoji-only one falls back).
  const canDraw = await loadCardGlyphs();
  // The server bundle is built when a first page needs rendering: a build with nothing
  // changed builds none.
  let ssrBuilt: ReturnType<typeof buildSsrBundle> | undefined;
  const ssr = () => (ssrBuilt ??= buildSsrBundle(root, dist, sharedKey));
  const makeTemplate = await readTemplate(dist, baseUrl);
  let template: Promise<PageTemplate> | undefined;
  const fill = () => (template ??= makeTemplate());
  const preloads = await readPreloads(dist);
  let rendered = 0;
  let cardsPlaced = 0;
  const source: PageSource = {
    read: async (path) => {
      noteRead(path);
      return JSON.parse(await readFile(join(dist, path), 'utf8'));
    },
    // Data files only: the .br/.gz twins of the last build sit beside them.
    list: async (folder) => (await readdir(join(dist, folder))).filter((f) => f.endsWith('.json')),
  };

  const writePage = async (
    type: PageType,
    url: string,
    file: string,
    data: unknown,
    key: string,
  ) => {
    const page = await (await ssr()).renderUrl(`http://localhost${url}`);
    if (page.status !== type.status)
      throw new Error(`prerender: ${url} answered ${page.status}, expected ${type.status}`);
    const preloaded = type.view ? preloads(type.view) : [];
    const html = (await fill())({
      url,
      meta: type.head(data, baseUrl),
      ...page,
      preloads: preloaded,
    });
    rendered++;
    await writer.write(file, html, key);
  };
  const placeCard = async (
    path: string,
    content: Parameters<typeof cards.write>[1],
    key: string,
  ) => {
    if (writer.keepIfMadeFrom(path, key)) return;
    await cards.write(path, content);
    cardsPlaced++;
    writer.register(path, { h: key, k: key });
  };

  const hashOfFile = (path: string) => writer.entry(path)?.h ?? 'missing';
  /**
   * The last build's entry of a page, when the data files it read then hash as they do now,
   * its card is there, and (in the full-text index) its record was made from the same: the
   * page can be kept without reading anything. `searchKey`: what its record reads besides
   * its data (page.search); null for a page whose record needs its data read.
   */
  const unchanged = (file: string, keyParts: PageKeyParts, searchKey?: string | null) => {
    const previous = writer.previousEntry(file);
    if (searchKey === null || !previous?.d || !previous.k) return null;
    if (previous.k !== pageKey(keyParts, previous.d)) return null;
    if (previous.c && writer.previousEntry(previous.c)?.k !== previous.k) return null;
    if (searchKey !== undefined && previous.r?.[0] !== hashOf(previous.k, searchKey)) return null;
    return { ...previous, k: previous.k };
  };

  let indexed = 0;
  const writeType = async (id: PageTypeId, type: PageType) => {
    const pages = await type.pages(source);
    // The site-wide files this type's pages declare as inputs (page-types.ts).
    const wide = type.inputs.flatMap((input) => {
      const path = siteWide[input]?.();
      return path ? [writer.entry(path)?.h ?? 'missing'] : [];
    });
    const first = indexed;
    const search = type.fullText;
    if (search) indexed += pages.length;
    // A few pages at a time: file reads overlap, memory stays flat.
    await inBatches(
      pages.map((page, i) => ({ page, position: first + i })),
      async ({ page, position }) => {
        const { url, file } = page;
        const keyParts: PageKeyParts = { shared: sharedKey, type: id, url, wide, hashOfFile };
        const kept = unchanged(file, keyParts, search ? (page.search?.key ?? null) : undefined);
        if (kept) {
          writer.keepIfMadeFrom(file, kept.k);
          if (kept.c) writer.keepIfMadeFrom(kept.c, kept.k);
          // Its record is made only if its part of the index is made again.
          if (search && kept.r)
            index(
              {
                url,
                date: page.search?.date,
                key: kept.r[1],
                make: async () => search.record(await page.load(), url),
              },
              position,
            );
          return;
        }
        const { data, files } = await readsOf(page.load);
        // A page is made from exactly this: the data files it read, the site-wide files
        // it declares, and what every page shares. The same inputs as last time: nothing to do.
        const key = pageKey(keyParts, files);
        let record: OutputEntry['r'];
        if (search) {
          const made = search.record(data, url);
          const content = hashOf(JSON.stringify(made));
          const date = page.search ? page.search.date : made.date;
          index({ url, date, key: content, make: async () => made }, position);
          if (page.search) record = [hashOf(key, page.search.key), content];
        }
        const card = type.card(data, canDraw);
        const pageKept = writer.keepIfMadeFrom(file, key);
        await Promise.all([
          pageKept ? undefined : writePage(type, url, file, data, key),
          card && placeCard(card.path, card.content, key),
        ]);
        writer.annotate(file, { d: files, c: card?.path, r: record });
      },
    );
    return pages.length;
  };

  await placeCard(DEFAULT_SHARE_IMAGE, siteCard(), hashOf(sharedKey, 'site-card'));
  // Types whose pages go into the full-text index first: Pagefind indexes them in its own
  // process while the other pages are written.
  const ids = Object.keys(pageTypes) as PageTypeId[];
  const order = [
    ...ids.filter((id) => pageTypes[id].fullText),
    ...ids.filter((id) => !pageTypes[id].fullText),
  ];
  const counts = {} as PageCounts;
  for (const id of order) counts[id] = await writeType(id, pageTypes[id]);
  return { counts, rendered, cardsPlaced };
};
