// Renders every page of every page type (page-types.ts) to its own HTML file in the built
// site, with its share card, and sends the search index its records as their pages are
// written. What a page type has is its row's business; how pages are written is this one's.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DEFAULT_SHARE_IMAGE } from '../config/site.ts';
import { inBatches } from '../content/emit/write-files.ts';
import type { createCardWriter } from './cards/card-cache.ts';
import { siteCard } from './cards/card-content.ts';
import { loadCardGlyphs } from './cards/card-glyphs.ts';
import type { PageSource, PageType } from './page-type.ts';
import type { PageTypeId } from '../app/page-routes.tsx';
import { pageTypes } from './page-types.ts';
import { readPreloads } from './preloads.ts';
import type { SearchRecord } from './search-record.ts';
import { buildSsrBundle } from './ssr-bundle.ts';
import { readTemplate } from './template.ts';

export interface BuildPagesOptions {
  /** The project root: where Vite builds the server bundle. */
  root: string;
  /** The built site: its data is read from it, its pages are written into it. */
  dist: string;
  /** Public base URL, for the head's absolute links. */
  baseUrl: string;
  cards: ReturnType<typeof createCardWriter>;
  /** Takes each search record and its place in the index: 0, 1, 2, ... */
  index: (record: SearchRecord, position: number) => void;
}

/** How many pages each page type has in this build. */
export type PageCounts = Record<PageTypeId, number>;

export const buildPages = async ({
  root,
  dist,
  baseUrl,
  cards,
  index,
}: BuildPagesOptions): Promise<PageCounts> => {
  // What the card font draws: headlines keep only that (an emoji-only one falls back).
  const canDraw = await loadCardGlyphs();
  const ssr = await buildSsrBundle(root, dist);
  const fill = await readTemplate(dist, baseUrl);
  const preloads = await readPreloads(dist);
  const source: PageSource = {
    read: async (path) => JSON.parse(await readFile(join(dist, path), 'utf8')),
    list: (folder) => readdir(join(dist, folder)),
  };

  const writePage = async (type: PageType, url: string, file: string, data: unknown) => {
    const rendered = await ssr.renderUrl(`http://localhost${url}`);
    if (rendered.status !== type.status)
      throw new Error(`prerender: ${url} answered ${rendered.status}, expected ${type.status}`);
    const preloaded = type.view ? preloads(type.view) : [];
    const html = fill({ url, meta: type.head(data, baseUrl), ...rendered, preloads: preloaded });
    await mkdir(dirname(join(dist, file)), { recursive: true });
    await writeFile(join(dist, file), html);
  };

  let indexed = 0;
  const writeType = async (type: PageType) => {
    const pages = await type.pages(source);
    const first = indexed;
    if (type.fullText) indexed += pages.length;
    // A few pages at a time: file reads overlap, memory stays flat.
    await inBatches(
      pages.map((page, i) => ({ page, position: first + i })),
      async ({ page: { url, file, load }, position }) => {
        const data = await load();
        if (type.fullText) index(type.fullText.record(data, url), position);
        const card = type.card(data, canDraw);
        await Promise.all([
          writePage(type, url, file, data),
          card && cards.write(card.path, card.content),
        ]);
      },
    );
    return pages.length;
  };

  await cards.write(DEFAULT_SHARE_IMAGE, siteCard());
  // Types whose pages go into the full-text index first: Pagefind indexes them in its own
  // process while the other pages are written.
  const ids = Object.keys(pageTypes) as PageTypeId[];
  const order = [
    ...ids.filter((id) => pageTypes[id].fullText),
    ...ids.filter((id) => !pageTypes[id].fullText),
  ];
  const counts = {} as PageCounts;
  for (const id of order) counts[id] = await writeType(pageTypes[id]);
  await ssr.close();
  return counts;
};
