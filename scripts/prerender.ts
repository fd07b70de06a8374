// npm run build = vite build, then this: renders every route to its own HTML file in dist/
// (folder index.html files, plus 404.html), so any static host serves full pages that
// crawlers and link previews can read, and the app hydrates them.
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import react from '@vitejs/plugin-react';
import { build, minifySync } from 'vite';
import type {
  ArticleDetail,
  SearchNames,
  SiteInfo,
  SummaryPage,
  TagDetail,
  TagDirectory,
} from '../src/content/model.ts';
import { dataPaths } from '../src/config/data-paths.ts';
import { inBatches } from '../src/content/emit/write-files.ts';
import { paths } from '../src/config/paths.ts';
import {
  DEFAULT_SHARE_IMAGE,
  DEFAULT_SITE_URL,
  sharePaths,
  siteUrlOf,
} from '../src/config/site.ts';
import { createCardWriter } from '../src/prerender/cards/card-cache.ts';
import { loadCardGlyphs } from '../src/prerender/cards/card-glyphs.ts';
import { siteCard, storyCard, tagCard } from '../src/prerender/cards/card-content.ts';
import { buildHead, cspMeta, type PageMeta } from '../src/prerender/head.ts';
import { fillTemplate } from '../src/prerender/html.ts';
import { APP_LOADER, takeEntryScript } from '../src/prerender/app-loader.ts';
import {
  cspHash,
  inlineHashes,
  inlineStylesheets,
  minifyInlineScripts,
} from '../src/prerender/inline-assets.ts';
import {
  articleMeta,
  homeMeta,
  notFoundMeta,
  searchMeta,
  tagMeta,
  tagsMeta,
} from '../src/prerender/pages.ts';
import { searchRecord } from '../src/prerender/search-record.ts';
import { precompressDir } from './lib/precompress.ts';
import { createSearchIndexer } from './lib/search-index.ts';
import type * as RenderModule from '../src/prerender/render.tsx';

const root = process.cwd();
const dist = resolve(root, process.env.OUT_DIR ?? 'dist');
// Inside node_modules so the bundle resolves React from it; a folder per run, so two builds
// in one checkout (dist and dist-fixture) never share or delete each other's bundle.
const ssrOut = await mkdtemp(join(root, 'node_modules', '.prerender-'));
const { url: baseUrl, warning: siteUrlWarning } = siteUrlOf(process.env);
// What the card font draws: headlines keep only that (an emoji-only one falls back).
const canDraw = await loadCardGlyphs();
// Share cards are cached outside dist/ (which every build empties), by what they show.
const cards = createCardWriter({
  cacheDir: resolve(root, process.env.CARD_CACHE_DIR ?? 'node_modules/.cache/kwave-cards'),
  outDir: dist,
});
const started = performance.now();

const readJson = async <T>(url: string) => JSON.parse(await readFile(join(dist, url), 'utf8')) as T;

// The server bundle: the same route tree the browser runs, compiled for Node.
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  plugins: [react()],
  build: {
    ssr: 'src/prerender/render.tsx',
    outDir: ssrOut,
    emptyOutDir: true,
    rollupOptions: { output: { entryFileNames: 'render.mjs' } },
  },
});
const render = (await import(
  pathToFileURL(join(ssrOut, 'render.mjs')).href
)) as typeof RenderModule;

// Loaders fetch /data/... as in the browser; here the answer comes from dist/ on disk.
render.setTransport(async (url) => {
  try {
    return new Response(await readFile(join(dist, new URL(url, 'http://x').pathname), 'utf8'), {
      headers: { 'content-type': 'application/json' },
    });
  } catch {
    return new Response('not found', { status: 404 });
  }
});

// The stylesheet goes inline and the app's script starts after the first paint (app-loader.ts),
// so a page paints from its HTML alone; the CSP allows the inline theme script, the loader
// and the styles by their hashes.
// Inline scripts are minified: they travel in every page.
const minifyJs = (code: string) =>
  minifySync('inline.js', code, { compress: true, mangle: true }).code.trim();
const { template, entry } = takeEntryScript(
  minifyInlineScripts(
    inlineStylesheets(await readFile(join(dist, 'index.html'), 'utf8'), (path) =>
      readFileSync(join(dist, path), 'utf8'),
    ),
    minifyJs,
  ),
);
const loaderCode = minifyJs(APP_LOADER);
const inline = inlineHashes(template);
const csp = cspMeta({ ...inline, scripts: [...inline.scripts, cspHash(loaderCode)] });

// Each page type's view is a chunk the router loads on demand (src/app/router.tsx). Vite's
// manifest says which file holds it and what that imports; the page preloads those files so
// they download beside the entry script instead of after it has run.
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}
const manifest = await readJson<Record<string, ManifestChunk>>('.vite/manifest.json');
// Read once, then removed: a build internal, not part of the site a host should publish.
await rm(join(dist, '.vite'), { recursive: true, force: true });
const chunkClosure = (key: string, files = new Set<string>()): Set<string> => {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`prerender: ${key} is not in the Vite manifest`);
  if (!files.has(chunk.file)) {
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) chunkClosure(imported, files);
  }
  return files;
};
const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
if (!entryKey) throw new Error('prerender: the Vite manifest has no entry');
const loadedByEntry = chunkClosure(entryKey);
type RouteModule = 'home' | 'article' | 'tags' | 'tag' | 'search';
const preloadsFor = (route: RouteModule) =>
  [...chunkClosure(`src/app/routes/${route}.tsx`)]
    .filter((file) => !loadedByEntry.has(file))
    .map((file) => `/${file}`);

const writePage = async (
  url: string,
  file: string,
  meta: PageMeta,
  route: RouteModule | null,
  expectedStatus = 200,
) => {
  const rendered = await render.renderUrl(`http://localhost${url}`);
  if (rendered.status !== expectedStatus)
    throw new Error(`prerender: ${url} answered ${rendered.status}, expected ${expectedStatus}`);
  const html = fillTemplate(template, {
    headStart: csp,
    head: buildHead(meta, baseUrl),
    appHtml: rendered.html,
    state: rendered.state,
    url,
    scripts: [entry, ...(route ? preloadsFor(route) : [])],
    loaderCode,
  });
  await mkdir(dirname(join(dist, file)), { recursive: true });
  await writeFile(join(dist, file), html);
};

const firstPage = await readJson<SummaryPage>(dataPaths.page(1));
const directory = await readJson<TagDirectory>(dataPaths.tagDirectory());
const { pageCount } = await readJson<SiteInfo>(dataPaths.site());
const slugs: string[] = [];
for (let n = 1; n <= pageCount; n++)
  slugs.push(...(await readJson<SummaryPage>(dataPaths.page(n))).items.map((s) => s.slug));

await cards.write(DEFAULT_SHARE_IMAGE, siteCard());
await writePage(paths.home.getHref(), 'index.html', homeMeta(firstPage, baseUrl), 'home');
await writePage(paths.tags.getHref(), 'tags/index.html', tagsMeta(directory), 'tags');
await writePage(paths.search.getHref(), 'search/index.html', searchMeta(), 'search');
// Stories go to the full-text index as their pages are written; Pagefind indexes them in
// its own process meanwhile (scripts/lib/search-index.ts).
const indexer = await createSearchIndexer(dist);
// Every tag's other names, from the search suggestion files the pipeline wrote.
const aliases = new Map<string, string[]>();
const namesDir = dirname(dataPaths.searchNames('a'));
for (const file of await readdir(join(dist, namesDir))) {
  const { tags } = await readJson<SearchNames>(join(namesDir, file));
  for (const tag of tags) aliases.set(tag.id, tag.aliases);
}
// The 404 page answers any unknown path: its view is in the entry, nothing to preload.
await writePage('/404', '404.html', notFoundMeta(), null, 404);

// Pages are rendered a few at a time: file reads overlap, memory stays flat. Stories first,
// so the full-text index gets them early and finishes while the tag pages are written.
const positions = new Map(slugs.map((slug, i) => [slug, i]));
await inBatches(slugs, async (slug) => {
  const article = await readJson<ArticleDetail>(dataPaths.article(slug));
  indexer.add(
    searchRecord(paths.article.getHref(slug), article, (id) => aliases.get(id) ?? []),
    positions.get(slug) ?? 0,
  );
  await Promise.all([
    writePage(
      paths.article.getHref(slug),
      `articles/${slug}/index.html`,
      articleMeta(article, baseUrl),
      'article',
    ),
    cards.write(sharePaths.article(slug), storyCard(article, canDraw)),
  ]);
});
// Tag pages last: Pagefind indexes the stories meanwhile.
await inBatches(directory.tags, async (t) => {
  const [info, first] = await Promise.all([
    readJson<TagDetail>(dataPaths.tagInfo(t.id)),
    readJson<SummaryPage>(dataPaths.tagPage(t.id, 1)),
  ]);
  await Promise.all([
    writePage(
      paths.tag.getHref(t.id),
      `tags/${t.id}/index.html`,
      tagMeta(info, first, baseUrl),
      'tag',
    ),
    cards.write(sharePaths.tag(t.id), tagCard(info, canDraw)),
  ]);
});
await rm(ssrOut, { recursive: true, force: true });
const indexStarted = performance.now();
const { records } = await indexer.write();
const indexWait = ((performance.now() - indexStarted) / 1000).toFixed(1);
const seconds = (performance.now() - started) / 1000;
// Last, when every text file is written: .br and .gz beside each, sent as they are.
const packStarted = performance.now();
const packed = await precompressDir(dist);
const packSeconds = ((performance.now() - packStarted) / 1000).toFixed(1);

const pages = 4 + directory.tags.length + slugs.length;
// No address unless SITE_URL names one: under `npm start` a localhost URL here was the first
// one printed, before the server listened (scripts/serve.mjs prints its own when it does).
const siteUrlLabel = baseUrl === DEFAULT_SITE_URL ? 'a local preview (SITE_URL not set)' : baseUrl;
const { drawn, cached, layoutMs, rasterMs } = cards.stats;
const each = (ms: number) => `${(ms / drawn).toFixed(1)} ms`;
console.log(
  drawn
    ? `share cards: ${drawn} drawn (layout ${each(layoutMs)} a card on the main thread, raster ${each(rasterMs)} on the thread pool; ${((seconds * 1000) / drawn).toFixed(1)} ms of prerender time a card), ${cached} from the cache`
    : `share cards: all ${cached} from the cache`,
);
const kb = (n: number) => `${Math.round(n / 1000).toLocaleString('en')} KB`;
console.log(
  `precompressed ${packed.files} text files (${kb(packed.bytes.original)}) in ${packSeconds} s: brotli ${kb(packed.bytes.br)}, gzip ${kb(packed.bytes.gz)}`,
);
console.log(
  `prerendered ${pages} pages (${slugs.length} stories, ${directory.tags.length} tags) in ${seconds.toFixed(1)} s for ${siteUrlLabel}; search index of ${records} stories (${indexWait} s after the last page)`,
);
// Last, so it is the line a build log ends with.
if (siteUrlWarning) console.warn(siteUrlWarning);
