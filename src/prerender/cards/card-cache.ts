// Writes share cards into the built site, drawing only the ones the cache lacks. A card is
// cached under the hash of what it shows (card-content.ts), so a rebuild after one new story
// draws one card and links or copies the rest. The cache lives outside the output folder,
// which every build empties.
import { copyFile, link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderAsync } from '@resvg/resvg-js';
import { cardKey } from './card-content.ts';
import { cardSvg } from './render-card.ts';
import type { CardContent } from './share-card.tsx';

export interface CardStats {
  drawn: number;
  cached: number;
  /** Milliseconds of layout (satori, on this thread), summed over drawn cards. */
  layoutMs: number;
  /** Milliseconds from SVG to PNG (resvg on the thread pool, then PNG encoding), summed. */
  rasterMs: number;
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * Puts a cached card at `target`: a hard link where the cache and the site share a file
 * system (no bytes copied: 10,000 cards are ~500 MB), else a copy. False when the cache
 * has no such card. An old file at `target` is removed first, never written through: it
 * may be a link to another cached card.
 */
const fromCache = async (cached: string, target: string) => {
  await rm(target, { force: true });
  try {
    await link(cached, target);
    return true;
  } catch (error) {
    if (code(error) === 'ENOENT') return false;
    // EXDEV (another file system) or EPERM (no hard links there): copy instead.
    if (code(error) !== 'EXDEV' && code(error) !== 'EPERM') throw error;
  }
  await copyFile(cached, target);
  return true;
};

/**
 * Runs at most `limit` tasks at once. Two drawings in flight: one lays out on this thread
 * while the other rasterises on the pool (2 cores), and each one's timings stay its own.
 */
const limiter = (limit: number) => {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((go) => waiting.push(go));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
};

export const createCardWriter = ({ cacheDir, outDir }: { cacheDir: string; outDir: string }) => {
  const stats: CardStats = { drawn: 0, cached: 0, layoutMs: 0, rasterMs: 0 };
  const drawing = limiter(2);
  const draw = (content: CardContent) =>
    drawing(async () => {
      const started = performance.now();
      const svg = await cardSvg(content);
      const laidOut = performance.now();
      // Layout runs here; rasterising runs on libuv's thread pool, beside the next layout.
      const png = (await renderAsync(svg, { font: { loadSystemFonts: false } })).asPng();
      stats.layoutMs += laidOut - started;
      stats.rasterMs += performance.now() - laidOut;
      return png;
    });
  let partials = 0;
  const made = new Set<string>();
  const ensureDir = async (dir: string) => {
    if (made.has(dir)) return;
    await mkdir(dir, { recursive: true });
    made.add(dir);
  };

  /** Puts the card at `url` (a site path, e.g. /cards/articles/x.png) in the output folder. */
  const write = async (url: string, content: CardContent) => {
    const cached = join(cacheDir, `${cardKey(content)}.png`);
    const target = join(outDir, url);
    await ensureDir(dirname(target));
    if (await fromCache(cached, target)) {
      stats.cached++;
      return;
    }
    const png = await draw(content);
    stats.drawn++;
    await ensureDir(cacheDir);
    // Written under a temporary name, then renamed: two builds sharing the cache never
    // see half a file, nor two stories with the same card in one build.
    const partial = `${cached}.${process.pid}-${++partials}.tmp`;
    await writeFile(partial, png);
    await rename(partial, cached);
    await fromCache(cached, target);
  };

  return { write, stats };
};
