// What `npm run deploy` puts in a bucket, and with which headers: a pure function of the list
// of files in dist/ (docs/decisions/0018-deploy-with-rclone.md). No fs, no rclone here.
//
// A bucket cannot negotiate Accept-Encoding, so every URL gets one object: the build's gzip
// copy (`x.html.gz`) under the plain name (`x.html`) with `Content-Encoding: gzip` when the
// build wrote one, else the file itself. The `.br` copies stay behind (they serve
// scripts/serve.mjs and hosts that negotiate).
import { isCompressible } from './precompress.ts';

/**
 * Content types by extension: what scripts/serve.mjs sends (mime-types), written out so the
 * bucket's headers do not depend on a machine's mime.types. Anything else (Pagefind's
 * .pagefind and .pf_* chunks, which its script fetches and unpacks) is a byte stream.
 */
export const CONTENT_TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  html: 'text/html; charset=utf-8',
  ico: 'image/vnd.microsoft.icon',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  png: 'image/png',
  svg: 'image/svg+xml',
  txt: 'text/plain; charset=utf-8',
  wasm: 'application/wasm',
  webmanifest: 'application/manifest+json; charset=utf-8',
  webp: 'image/webp',
  woff2: 'font/woff2',
  xml: 'application/xml',
};

export const contentTypeOf = (path: string) =>
  CONTENT_TYPES[/\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? ''] ?? 'application/octet-stream';

export const CACHE = {
  /** File names that change whenever their bytes do (Vite's hashes, Pagefind's chunks). */
  immutable: 'public, max-age=31536000, immutable',
  /** Share cards and site images: a corrected headline redraws a card under the same name. */
  day: 'public, max-age=86400',
  /** Pagefind's script and WASM: fixed names, new bytes only with a new Pagefind version. */
  hour: 'public, max-age=3600',
  /** Pages, data, feeds: what a deploy changes; a reader sees news within 5 minutes. */
  short: 'public, max-age=300',
  /** The service worker: checked with the server each time it is fetched. */
  none: 'no-cache',
} as const;

/**
 * The path classes, in upload order: what a page refers to goes up before the page, so a
 * reader who gets a new page mid-deploy never asks for a file that is not there yet.
 * The first class that matches a path owns it; the last matches everything.
 */
/**
 * The index's lists, which name the files a search fetches and change with the stories:
 * the list of parts and each part's entry (at the root too, for a bundle from before parts).
 */
const isSearchList = (key: string) =>
  key === 'pagefind/parts.json' || /^pagefind\/(parts\/[^/]+\/)?pagefind-entry\.json$/.test(key);

export const PATH_CLASSES = [
  {
    name: 'assets',
    cacheControl: CACHE.immutable,
    match: (key: string) => key.startsWith('assets/'),
  },
  {
    name: 'search-index',
    cacheControl: CACHE.immutable,
    // Named by their bytes, in the index's parts (pagefind/parts/<part>/) or at its root.
    match: (key: string) =>
      /^pagefind\/(parts\/[^/]+\/)?(fragment|index|filter)\//.test(key) ||
      /^pagefind\/(parts\/[^/]+\/)?[^/]+\.pf_meta$/.test(key),
  },
  {
    name: 'images',
    cacheControl: CACHE.day,
    match: (key: string) => key.startsWith('cards/') || /^[^/]+\.(png|svg|ico)$/.test(key),
  },
  {
    name: 'search-runtime',
    cacheControl: CACHE.hour,
    match: (key: string) => key.startsWith('pagefind/') && !isSearchList(key),
  },
  {
    name: 'data',
    cacheControl: CACHE.short,
    match: (key: string) => key.startsWith('data/') || isSearchList(key),
  },
  {
    // The service worker: a browser asks for it on every navigation and must see a new one
    // at once, so no cache may keep it (decision 0027). Up after the assets it precaches.
    name: 'service-worker',
    cacheControl: CACHE.none,
    match: (key: string) => key === 'sw.js',
  },
  { name: 'pages', cacheControl: CACHE.short, match: () => true },
] as const;

export type PathClass = (typeof PATH_CLASSES)[number]['name'];

export interface SiteFile {
  /** Path relative to dist/, with forward slashes. */
  path: string;
  size: number;
}

export interface Upload {
  /** The object's key, relative to the remote root. */
  key: string;
  /** The file in dist/ whose bytes become the object (`key` or `key.gz`). */
  source: string;
  size: number;
  pathClass: PathClass;
  contentType: string;
  contentEncoding?: 'gzip';
  cacheControl: string;
}

/** One rclone run: the same headers for every file in it. */
export interface Pass {
  name: string;
  headers: string[];
  keys: string[];
  bytes: number;
}

export interface DeployPlan {
  uploads: Upload[];
  passes: Pass[];
}

const COPY = /\.(br|gz)$/;

/** The objects a built site becomes: one per URL, its twins folded into it. */
export const planUploads = (files: SiteFile[]): Upload[] => {
  const byPath = new Map(files.map((f) => [f.path, f]));
  // A copy scripts/lib/precompress.ts wrote: `x.gz` beside a text file `x`. (It writes
  // none for a file that is gzip already, such as Pagefind's chunks, so the name suffices.)
  const isTwin = (path: string) => {
    const original = path.replace(COPY, '');
    return COPY.test(path) && byPath.has(original) && isCompressible(original, new Uint8Array());
  };
  return files
    .filter((f) => !isTwin(f.path))
    .map((f) => {
      const gz = byPath.get(`${f.path}.gz`);
      const twin = gz && isTwin(gz.path) ? gz : undefined;
      const pathClass = PATH_CLASSES.find((c) => c.match(f.path))!;
      return {
        key: f.path,
        source: twin?.path ?? f.path,
        size: twin?.size ?? f.size,
        pathClass: pathClass.name,
        contentType: contentTypeOf(f.path),
        ...(twin ? { contentEncoding: 'gzip' as const } : {}),
        cacheControl: pathClass.cacheControl,
      };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
};

const headersOf = (u: Upload) => [
  `Cache-Control: ${u.cacheControl}`,
  `Content-Type: ${u.contentType}`,
  ...(u.contentEncoding ? [`Content-Encoding: ${u.contentEncoding}`] : []),
];

/** Uploads grouped by their headers, one pass per group, in PATH_CLASSES order. */
export const planPasses = (uploads: Upload[]): Pass[] => {
  const passes = new Map<string, Pass & { rank: number }>();
  for (const u of uploads) {
    const headers = headersOf(u);
    const name = `${u.pathClass} ${u.contentType.split(';')[0]}${u.contentEncoding ? ' gzip' : ''}`;
    const rank = PATH_CLASSES.findIndex((c) => c.name === u.pathClass);
    const pass = passes.get(name) ?? { name, headers, keys: [], bytes: 0, rank };
    pass.keys.push(u.key);
    pass.bytes += u.size;
    passes.set(name, pass);
  }
  return [...passes.values()]
    .sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((pass) => ({
      name: pass.name,
      headers: pass.headers,
      keys: pass.keys,
      bytes: pass.bytes,
    }));
};

export const planDeploy = (files: SiteFile[]): DeployPlan => {
  const uploads = planUploads(files);
  return { uploads, passes: planPasses(uploads) };
};
