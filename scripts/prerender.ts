// npm run build = vite build, then this: renders every page of every page type
// (src/prerender/page-types.ts) to its own HTML file in dist/ (folder index.html files,
// plus 404.html), so any static host serves full pages that crawlers and link previews can
// read, and the app hydrates them. Then the search index, and .br/.gz copies of every file.
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_SITE_URL, siteUrlOf } from '../src/config/site.ts';
import { buildPages } from '../src/prerender/build-pages.ts';
import { CardDrawingError, createCardWriter } from '../src/prerender/cards/card-cache.ts';
import { precompressDir } from './lib/precompress.ts';
import { createSearchIndexer } from './lib/search-index.ts';

const root = process.cwd();
const dist = resolve(root, process.env.OUT_DIR ?? 'dist');
const { url: baseUrl, warning: siteUrlWarning } = siteUrlOf(process.env);
// Share cards are cached outside dist/ (which every build empties), by what they show.
const cards = createCardWriter({
  cacheDir: resolve(root, process.env.CARD_CACHE_DIR ?? 'node_modules/.cache/kwave-cards'),
  outDir: dist,
});
const started = performance.now();

// Stories go to the full-text index as their pages are written; Pagefind indexes them in
// its own process meanwhile (scripts/lib/search-index.ts).
const indexer = await createSearchIndexer(dist);
const counts = await buildPages({ root, dist, baseUrl, cards, index: indexer.add });
// Stops the card workers. A card that could not be drawn fails the build, after the rest
// of it, with every such card named (the others are cached for the next run).
const cardFailure = await cards.close().then(
  () => null,
  (error: unknown) => {
    if (error instanceof CardDrawingError) return error;
    throw error;
  },
);
const indexStarted = performance.now();
const { records } = await indexer.write();
const indexWait = ((performance.now() - indexStarted) / 1000).toFixed(1);
const seconds = (performance.now() - started) / 1000;
// Last, when every text file is written: .br and .gz beside each, sent as they are.
const packStarted = performance.now();
const packed = await precompressDir(dist);
const packSeconds = ((performance.now() - packStarted) / 1000).toFixed(1);

const pages = Object.values(counts).reduce((sum, n) => sum + n, 0);
// No address unless SITE_URL names one: under `npm start` a localhost URL here was the first
// one printed, before the server listened (scripts/serve.mjs prints its own when it does).
const siteUrlLabel = baseUrl === DEFAULT_SITE_URL ? 'a local preview (SITE_URL not set)' : baseUrl;
const { drawn, cached, layoutMs, rasterMs, threads } = cards.stats;
const each = (ms: number) => `${(ms / drawn).toFixed(1)} ms`;
console.log(
  drawn
    ? `share cards: ${drawn} drawn in ${threads} worker threads (layout ${each(layoutMs)}, raster ${each(rasterMs)} a card; ${((seconds * 1000) / drawn).toFixed(1)} ms of prerender time a card), ${cached} from the cache`
    : `share cards: all ${cached} from the cache`,
);
const kb = (n: number) => `${Math.round(n / 1000).toLocaleString('en')} KB`;
console.log(
  `precompressed ${packed.files} text files (${kb(packed.bytes.original)}) in ${packSeconds} s: brotli ${kb(packed.bytes.br)}, gzip ${kb(packed.bytes.gz)}`,
);
console.log(
  `prerendered ${pages} pages (${counts.article} stories, ${counts.tag} tags) in ${seconds.toFixed(1)} s for ${siteUrlLabel}; search index of ${records} stories (${indexWait} s after the last page)`,
);
// Last, so it is the line a build log ends with.
if (siteUrlWarning) console.warn(siteUrlWarning);
if (cardFailure) {
  console.error(cardFailure.message);
  process.exit(1);
}
