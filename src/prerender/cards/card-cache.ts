// Writes share cards into the built site, drawing only the ones the cache lacks. A card is
// cached under the hash of what it shows (card-content.ts), so a rebuild after one new story
// draws one card and links or copies the rest. The cache lives outside the output folder,
// which every build empties. Cards are drawn by a pool of worker threads (card-drawer.ts).
import { copyFile, link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { cardKey } from './card-content.ts';
import { createCardPool, type CardDrawer } from './card-drawer.ts';
import type { CardContent } from './share-card.ts';

export interface CardStats {
  drawn: number;
  cached: number;
  /** Cards that could not be drawn (see `failures`). */
  failed: number;
  /** Threads that drew them (0 when none was drawn). */
  threads: number;
  /** Milliseconds of layout and painting (Skia, in the workers), summed over drawn cards. */
  paintMs: number;
  /** Milliseconds of PNG encoding (in the workers), summed. */
  encodeMs: number;
}

export interface CardFailure {
  /** Which card: "story <slug>", "tag <id>", or the site path of another one. */
  name: string;
  url: string;
  title: string;
  message: string;
}

/** "story <slug>" for /cards/articles/<slug>.png, "tag <id>" for /cards/tags/<id>.png. */
export const cardName = (url: string) => {
  const [, folder, name] = /^\/cards\/(articles|tags)\/(.+)\.png$/.exec(url) ?? [];
  return folder ? `${folder === 'articles' ? 'story' : 'tag'} ${name}` : url;
};

/** Thrown by `close` when some cards could not be drawn: names every one. */
export class CardDrawingError extends Error {
  constructor(readonly failures: CardFailure[]) {
    super(
      `share cards: ${failures.length} could not be drawn:\n` +
        failures.map((f) => `  ${f.name} (${JSON.stringify(f.title)}): ${f.message}`).join('\n'),
    );
    this.name = 'CardDrawingError';
  }
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
 * `drawer` defaults to a pool of one worker per core, started for the first card the cache
 * lacks (a build with every card cached starts no threads). `close` stops it.
 */
export const createCardWriter = ({
  cacheDir,
  outDir,
  drawer: given,
}: {
  cacheDir: string;
  outDir: string;
  drawer?: CardDrawer;
}) => {
  const stats: CardStats = {
    drawn: 0,
    cached: 0,
    failed: 0,
    threads: 0,
    paintMs: 0,
    encodeMs: 0,
  };
  const failures: CardFailure[] = [];
  let drawer = given;
  const draw = (content: CardContent) => {
    drawer ??= createCardPool();
    stats.threads = drawer.threads;
    return drawer.draw(content);
  };
  let partials = 0;
  const made = new Set<string>();
  const ensureDir = async (dir: string) => {
    if (made.has(dir)) return;
    await mkdir(dir, { recursive: true });
    made.add(dir);
  };

  /**
   * Puts the card at `url` (a site path, e.g. /cards/articles/x.png) in the output folder.
   * A card that cannot be drawn is recorded, not thrown: the build writes every other page
   * and card (cached for the next build), and `close` fails it with the whole list.
   */
  const write = async (url: string, content: CardContent) => {
    const cached = join(cacheDir, `${cardKey(content)}.png`);
    const target = join(outDir, url);
    await ensureDir(dirname(target));
    if (await fromCache(cached, target)) {
      stats.cached++;
      return;
    }
    let png: Uint8Array;
    try {
      const drawn = await draw(content);
      png = drawn.png;
      stats.paintMs += drawn.paintMs;
      stats.encodeMs += drawn.encodeMs;
    } catch (error) {
      stats.failed++;
      const message = error instanceof Error ? error.message : String(error);
      failures.push({ name: cardName(url), url, title: content.title, message });
      return;
    }
    stats.drawn++;
    await ensureDir(cacheDir);
    // Written under a temporary name, then renamed: two builds sharing the cache never
    // see half a file, nor two stories with the same card in one build.
    const partial = `${cached}.${process.pid}-${++partials}.tmp`;
    await writeFile(partial, png);
    await rename(partial, cached);
    await fromCache(cached, target);
  };

  /** Stops the drawing threads; throws a CardDrawingError naming each card not drawn. */
  const close = async () => {
    await drawer?.close();
    if (failures.length)
      throw new CardDrawingError([...failures].sort((a, b) => a.url.localeCompare(b.url)));
  };

  return { write, close, stats, failures };
};
