// The last step of npm run build (scripts/build.ts), after the bundle and the data: renders
// every page of every page type (src/prerender/page-types.ts) to its own HTML file in dist/
// (folder index.html files, plus 404.html), so any static host serves full pages that
// crawlers and link previews can read, and the app hydrates them. Then the search index, and .br/.gz copies of every file.
// Incremental: every file goes through one writer (src/build/output-writer.ts), which skips
// what is unchanged and deletes what the previous build wrote and this one did not; a page
// made from the same inputs as last time is not rendered. `--clean` or CLEAN=1 ignores that.
import { readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  buildCacheDir,
  isCleanBuild,
  manifestPath,
  phasePath,
  type BuildPhase,
} from '../src/build/build-cache.ts';
import { emptyManifest } from '../src/build/build-manifest.ts';
import { createOutputWriter, finishRecord, readManifest } from '../src/build/output-writer.ts';
import { DEFAULT_SITE_URL, siteUrlOf } from '../src/config/site.ts';
import { buildPages } from '../src/prerender/build-pages.ts';
import { CardDrawingError, createCardWriter } from '../src/prerender/cards/card-cache.ts';
import { sharedKeyOf } from './lib/code-key.ts';
import { precompressOutputs, sumPacked } from './lib/precompress.ts';
import { phaseTimer } from '../src/build/phase-timer.ts';
import { peakMb } from '../src/content/write-outputs.ts';
import { createSearchIndexer } from './lib/search-index.ts';

/** The prerender step; `given`: the data step's phase when it ran in this process. */
export const prerender = async (given?: BuildPhase) => {
  const root = process.cwd();
  const dist = resolve(root, process.env.OUT_DIR ?? 'dist');
  const { url: baseUrl, warning: siteUrlWarning } = siteUrlOf(process.env);
  // Share cards are cached outside dist/ by what they show.
  const cards = createCardWriter({
    cacheDir: resolve(root, process.env.CARD_CACHE_DIR ?? 'node_modules/.cache/kwave-cards'),
    outDir: dist,
  });
  const started = performance.now();
  const timer = phaseTimer();

  const cacheDir = buildCacheDir(root, dist, process.env);
  const clean = isCleanBuild(process.env, process.argv);
  const previous = given?.previous ?? (await readManifest(manifestPath(cacheDir)));
  // What the data step wrote in this build: handed over, or from the content plugin inside
  // `vite build` (another process).
  const phase =
    given ??
    (await readFile(phasePath(cacheDir), 'utf8').then(
      (text) => JSON.parse(text) as BuildPhase,
      (): BuildPhase => ({ manifest: emptyManifest(), touched: [], written: 0 }),
    ));
  const writer = await createOutputWriter({
    outDir: dist,
    previous,
    current: phase.manifest,
    touched: phase.touched,
    clean,
    present: phase.present,
  });
  timer.lap('record');
  const sharedKey = await sharedKeyOf(root, dist, baseUrl);
  timer.lap('code key');

  const indexer = createSearchIndexer();
  const built = await buildPages({
    root,
    dist,
    baseUrl,
    cards,
    index: indexer.add,
    writer,
    sharedKey,
  });
  timer.lap('pages');
  // Stops the card workers. A card that could not be drawn fails the build, after the rest
  // of it, with every such card named (the others are cached for the next run).
  const cardFailure = await cards.close().then(
    () => null,
    (error: unknown) => {
      if (error instanceof CardDrawingError) return error;
      throw error;
    },
  );
  timer.lap('cards');
  // The search index (Pagefind's own process) and the .br/.gz twins of every other file at
  // once: a cold build at 10,000 stories spent 13.7 s indexing with a core mostly idle.
  // Pagefind's files get their twins after, when they are written.
  const inSearch = (path: string) => path.startsWith('pagefind/');
  const timed = async <T>(work: Promise<T>) => {
    const from = performance.now();
    const result = await work;
    return { result, seconds: (performance.now() - from) / 1000 };
  };
  const [indexed, packedSite] = await Promise.all([
    timed(indexer.write(writer)),
    timed(precompressOutputs(dist, writer, (path) => !inSearch(path))),
  ]);
  const search = indexed.result;
  const indexSeconds = indexed.seconds.toFixed(1);
  timer.lap('search and precompress');
  const seconds = (performance.now() - started) / 1000;
  const packedSearch = await timed(precompressOutputs(dist, writer, inSearch));
  const packed = sumPacked(packedSite.result, packedSearch.result);
  const packSeconds = (packedSite.seconds + packedSearch.seconds).toFixed(1);
  timer.lap('precompress');
  await writer.finish();
  await finishRecord(manifestPath(cacheDir), writer.current);
  await rm(phasePath(cacheDir), { force: true });
  timer.lap('finish');
  console.log(timer.line('prerender'));

  const { counts } = built;
  const pages = Object.values(counts).reduce((sum, n) => sum + n, 0);
  // No address unless SITE_URL names one: under `npm start` a localhost URL here was the first
  // one printed, before the server listened (scripts/serve.mjs prints its own when it does).
  const siteUrlLabel =
    baseUrl === DEFAULT_SITE_URL ? 'a local preview (SITE_URL not set)' : baseUrl;
  const { drawn, cached, paintMs, encodeMs, threads } = cards.stats;
  const each = (ms: number) => `${(ms / drawn).toFixed(1)} ms`;
  console.log(
    drawn
      ? `share cards: ${drawn} drawn in ${threads} worker threads (paint ${each(paintMs)}, encode ${each(encodeMs)} a card; ${((seconds * 1000) / drawn).toFixed(1)} ms of prerender time a card), ${cached} from the cache`
      : `share cards: ${cached} placed from the cache, ${built.cardsPlaced ? 'none' : 'none needed'} drawn`,
  );
  // "rebuilt (0.4 s): 2026-11 (140 stories)": the parts indexed again, or "unchanged".
  const rebuiltParts = (parts: { name: string; records: number }[], seconds: string) =>
    parts.length
      ? `rebuilt (${seconds} s): ${parts.map((p) => `${p.name} (${p.records} ${p.records === 1 ? 'story' : 'stories'})`).join(', ')}`
      : 'unchanged';
  const kb = (n: number) => `${Math.round(n / 1000).toLocaleString('en')} KB`;
  console.log(
    `precompressed ${packed.compressed} of ${packed.files} text files (${kb(packed.bytes.original)}) in ${packSeconds} s: brotli ${kb(packed.bytes.br)}, gzip ${kb(packed.bytes.gz)}`,
  );
  console.log(
    `prerendered ${built.rendered} of ${pages} pages (${counts.article} stories, ${counts.tag} tags) in ${seconds.toFixed(1)} s for ${siteUrlLabel}; search index of ${search.records} stories in ${search.parts} parts ${rebuiltParts(search.rebuilt, indexSeconds)}`,
  );
  const { written, kept, deleted } = writer.stats;
  // The line the bench and the tests read: what this build did to the output folder.
  console.log(
    `build files: ${written + phase.written} written, ${kept} unchanged, ${deleted} deleted${clean ? ' (clean build)' : ''}; record in ${cacheDir}; prerender peak memory ${peakMb()} MB`,
  );
  // Last, so it is the line a build log ends with.
  if (siteUrlWarning) console.warn(siteUrlWarning);
  if (cardFailure) {
    console.error(cardFailure.message);
    process.exit(1);
  }
};
