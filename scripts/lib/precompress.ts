// Compression once, at build time: a .br and a .gz file beside every text file of the site,
// which scripts/serve.mjs (and static hosts and CDNs that look for them) send as they are.
// The app's code and styles (assets/: a few files every page loads) get the most of both:
// brotli quality 11 and gzip level 9 (what `npm run budget` counts). The rest (a page, data
// file or feed per story) gets brotli 5 and gzip 6: brotli 11 took 25-80 times longer for
// 9-13 % less, and gzip 9 a third longer than 6 for 0.05 % less (600 pages and tag pages of
// the 10,000-story corpus), which at 10,000 stories is seconds to minutes of build for a few
// bytes a page. Same input, same bytes: zlib's gzip header carries no time and no file name,
// and both encoders are deterministic.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { inBatches } from '../../src/content/emit/write-files.ts';
import { hashOf } from '../../src/build/build-manifest.ts';
import type { OutputWriter } from '../../src/build/output-writer.ts';

export interface Variant {
  suffix: '.br' | '.gz';
  bytes: Buffer;
}

export interface PrecompressStats {
  /** Files looked at as compressible. */
  files: number;
  /** Variant files written. */
  written: number;
  /** Bytes of the compressible files, and of their brotli and gzip variants (or originals). */
  bytes: { original: number; br: number; gz: number };
}

// Text formats only. Images, fonts and WASM are compressed already; so are Pagefind's
// index files (.pf_*, .pagefind), which Pagefind gzips itself and its script unpacks.
const TEXT = /\.(html|js|mjs|css|json|xml|svg|txt|webmanifest|map)$/i;
const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

export const isCompressible = (name: string, bytes: Uint8Array): boolean =>
  TEXT.test(name) && !isGzip(bytes);

const brotli = promisify(brotliCompress);
const windowBits = (size: number) =>
  Math.min(
    constants.BROTLI_MAX_WINDOW_BITS,
    Math.max(constants.BROTLI_MIN_WINDOW_BITS, Math.ceil(Math.log2(size + 1))),
  );
const gzipAsync = promisify(gzip);

export interface Levels {
  brotli: number;
  gzip: number;
}

const MOST: Levels = { brotli: constants.BROTLI_MAX_QUALITY, gzip: 9 };
const QUICK: Levels = { brotli: 5, gzip: 6 };

/** How hard to compress a file (its path in the site): the most for the few files every page loads. */
export const levelsFor = (path: string): Levels =>
  /^\/?(assets\/[^/]+|pagefind\/pagefind\.js)$/.test(path.replaceAll('\\', '/')) ? MOST : QUICK;

/** The variants worth writing: each only when smaller than the original. */
export const compressedVariants = async (
  bytes: Buffer,
  levels: Levels = MOST,
): Promise<Variant[]> => {
  // The async forms run on libuv's thread pool, so a batch of files uses every core.
  const [br, gz] = await Promise.all([
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: levels.brotli,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        // A window no larger than the file: same output size within bytes, but quality 11
        // no longer sets up a 4 MB window's tables for each 2 KB file (a third faster here).
        [constants.BROTLI_PARAM_LGWIN]: windowBits(bytes.length),
      },
    }),
    gzipAsync(bytes, { level: levels.gzip }),
  ]);
  const variants: Variant[] = [
    { suffix: '.br', bytes: br },
    { suffix: '.gz', bytes: gz },
  ];
  return variants.filter((v) => v.bytes.length < bytes.length);
};

/**
 * Writes the variants of every compressible file under `dir`. A variant that would not be
 * smaller is not written (and one left from an earlier run is removed): the server then
 * sends the file itself.
 */
export const precompressDir = async (dir: string): Promise<PrecompressStats> => {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => TEXT.test(path))
    .sort();
  const stats: PrecompressStats = { files: 0, written: 0, bytes: { original: 0, br: 0, gz: 0 } };
  await inBatches(names, async (path) => {
    const bytes = await readFile(path);
    if (!isCompressible(path, bytes)) return;
    const variants = await compressedVariants(bytes, levelsFor(path.slice(dir.length)));
    stats.files += 1;
    stats.bytes.original += bytes.length;
    for (const suffix of ['.br', '.gz'] as const) {
      const variant = variants.find((v) => v.suffix === suffix);
      stats.bytes[suffix === '.br' ? 'br' : 'gz'] += variant?.bytes.length ?? bytes.length;
      if (variant) {
        await writeFile(path + suffix, variant.bytes);
        stats.written += 1;
      } else await rm(path + suffix, { force: true });
    }
  });
  return stats;
};

/**
 * The twins of every compressible output this build recorded, through the build's writer:
 * a source whose bytes hash as last time keeps its twins without compressing again.
 */
export const precompressOutputs = async (
  dir: string,
  writer: OutputWriter,
  /** Which outputs (site paths) to look at; every one by default. */
  only: (path: string) => boolean = () => true,
): Promise<PrecompressStats & { compressed: number }> => {
  const { outputs } = writer.current;
  // Sorted by the default sort (code units, as `<`), with no JavaScript comparator.
  const sources = Object.keys(outputs)
    .filter((path) => TEXT.test(path) && only(path))
    .sort()
    .map((path) => [path, outputs[path]!] as const);
  const stats = { files: 0, written: 0, compressed: 0, bytes: { original: 0, br: 0, gz: 0 } };
  await inBatches(sources, async ([path, { h }]) => {
    const levels = levelsFor(path);
    const key = hashOf(h, `${levels.brotli}/${levels.gzip}`);
    // Both twins, or none: one alone may mean the other was never smaller than its source.
    const br = writer.keepIfMadeFrom(`${path}.br`, key);
    const gz = writer.keepIfMadeFrom(`${path}.gz`, key);
    if (br && gz) {
      stats.files += 1;
      return;
    }
    const bytes = await readFile(join(dir, path));
    if (!isCompressible(path, bytes)) return;
    stats.files += 1;
    stats.compressed += 1;
    stats.bytes.original += bytes.length;
    const variants = await compressedVariants(bytes, levels);
    for (const suffix of ['.br', '.gz'] as const) {
      const variant = variants.find((v) => v.suffix === suffix);
      // Not smaller than its source: no twin, and the next build need not compress it again.
      if (!variant) await writer.decline(path + suffix, key);
      else {
        stats.bytes[suffix === '.br' ? 'br' : 'gz'] += variant.bytes.length;
        if (await writer.write(path + suffix, variant.bytes, key)) stats.written += 1;
      }
    }
  });
  return stats;
};

/** Two runs' figures as one. */
export const sumPacked = (
  a: PrecompressStats & { compressed: number },
  b: PrecompressStats & { compressed: number },
) => ({
  files: a.files + b.files,
  written: a.written + b.written,
  compressed: a.compressed + b.compressed,
  bytes: {
    original: a.bytes.original + b.bytes.original,
    br: a.bytes.br + b.bytes.br,
    gz: a.bytes.gz + b.bytes.gz,
  },
});
