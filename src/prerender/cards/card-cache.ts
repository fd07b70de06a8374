// Writes share cards into the built site, drawing only the ones the cache lacks. A card is
// cached under the hash of what it shows (card-content.ts), so a rebuild after one new story
// draws one card and copies the rest. The cache lives outside the output folder, which
// every build empties.
import { copyFile, mkdir, rename, stat, writeFile } from 'node:fs/promises';
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
  /** Milliseconds from SVG to PNG (resvg), summed; these overlap on the thread pool. */
  rasterMs: number;
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

export const createCardWriter = ({ cacheDir, outDir }: { cacheDir: string; outDir: string }) => {
  const stats: CardStats = { drawn: 0, cached: 0, layoutMs: 0, rasterMs: 0 };
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
    if (await exists(cached)) {
      stats.cached++;
      await copyFile(cached, target);
      return;
    }
    const started = performance.now();
    const svg = await cardSvg(content);
    const laidOut = performance.now();
    // Layout runs here; rasterising runs on libuv's thread pool, beside the page writing.
    const png = (await renderAsync(svg, { font: { loadSystemFonts: false } })).asPng();
    stats.layoutMs += laidOut - started;
    stats.rasterMs += performance.now() - laidOut;
    stats.drawn++;
    await ensureDir(cacheDir);
    // Written under a temporary name, then renamed: two builds sharing the cache never
    // see half a file.
    const partial = `${cached}.${process.pid}.tmp`;
    await writeFile(partial, png);
    await rename(partial, cached);
    await writeFile(target, png);
  };

  return { write, stats };
};
