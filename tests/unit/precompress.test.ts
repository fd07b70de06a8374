// Build-time compression (scripts/lib/precompress.ts): the .br and .gz files the server sends.
import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  compressedVariants,
  levelsFor,
  isCompressible,
  precompressDir,
} from '../../scripts/lib/precompress.ts';

const PAGE = Buffer.from(
  `<!doctype html><title>Story</title>${'<p>A story paragraph that repeats.</p>\n'.repeat(200)}`,
);

describe('compressedVariants', () => {
  it('gives .br and .gz that decompress back to the original', async () => {
    const variants = await compressedVariants(PAGE);
    expect(variants.map((v) => v.suffix)).toEqual(['.br', '.gz']);
    const [br, gz] = variants.map((v) => v.bytes);
    expect(brotliDecompressSync(br!).equals(PAGE)).toBe(true);
    expect(gunzipSync(gz!).equals(PAGE)).toBe(true);
  });

  it('gives the same bytes every time, with no time or file name in the gzip header', async () => {
    const [first, second] = await Promise.all([
      compressedVariants(PAGE),
      compressedVariants(Buffer.from(PAGE)),
    ]);
    expect(first.map((v) => v.bytes.toString('hex'))).toEqual(
      second.map((v) => v.bytes.toString('hex')),
    );
    const gz = first.find((v) => v.suffix === '.gz')!.bytes;
    expect(gz.readUInt32LE(4)).toBe(0); // MTIME
    expect(gz[3]).toBe(0); // FLG: no FNAME, FCOMMENT or FEXTRA
  });

  it('compresses gzip at level 9 by default, what `npm run budget` counts', async () => {
    const gz = (await compressedVariants(PAGE)).find((v) => v.suffix === '.gz')!.bytes;
    expect(gz.equals(gzipSync(PAGE, { level: 9 }))).toBe(true);
  });

  it('compresses at the levels it is given', async () => {
    const gz = (await compressedVariants(PAGE, { brotli: 5, gzip: 6 })).find(
      (v) => v.suffix === '.gz',
    )!.bytes;
    expect(gz.equals(gzipSync(PAGE, { level: 6 }))).toBe(true);
  });

  it('gives nothing for bytes that do not get smaller', async () => {
    expect(await compressedVariants(randomBytes(4096))).toEqual([]);
    expect(await compressedVariants(Buffer.from('{}'))).toEqual([]);
  });
});

describe('levelsFor', () => {
  it('is the highest for the app code every page loads, quicker for a file per story', () => {
    const most = { brotli: 11, gzip: 9 };
    const quick = { brotli: 5, gzip: 6 };
    expect(levelsFor('/assets/index-BgzVcQdd.js')).toEqual(most);
    expect(levelsFor('assets/index-CCF3cnz-.css')).toEqual(most);
    expect(levelsFor('/pagefind/pagefind.js')).toEqual(most);
    expect(levelsFor('/articles/a-story-51d5df/index.html')).toEqual(quick);
    expect(levelsFor('/data/articles/a-story-51d5df.json')).toEqual(quick);
    expect(levelsFor('/tags/assets/index.html')).toEqual(quick);
  });
});

describe('isCompressible', () => {
  const text = Buffer.from('plain text');

  it('takes text files by their extension', () => {
    for (const name of ['a.html', 'assets/x.js', 'a.css', 'data/p.json', 'feed.xml', 'f.svg'])
      expect(isCompressible(name, text), name).toBe(true);
    for (const name of ['robots.txt', 'site.webmanifest', 'pagefind/pagefind-ui.js'])
      expect(isCompressible(name, text), name).toBe(true);
  });

  it('leaves images, WASM, variants and Pagefind chunks alone', () => {
    for (const name of ['card.png', 'a.woff2', 'a.html.br', 'a.html.gz'])
      expect(isCompressible(name, text), name).toBe(false);
    for (const name of ['pagefind/wasm.en.pagefind', 'pagefind/index/en_1.pf_index'])
      expect(isCompressible(name, text), name).toBe(false);
  });

  it('leaves a text-named file that is gzip already', () => {
    expect(isCompressible('pagefind/pagefind-entry.json', gzipSync(text))).toBe(false);
  });
});

describe('precompressDir', () => {
  const dirs: string[] = [];
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'precompress-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  const site: Record<string, Buffer> = {
    'index.html': PAGE,
    'articles/one/index.html': Buffer.concat([PAGE, Buffer.from('one')]),
    'tiny.txt': Buffer.from('x'),
    'card.png': randomBytes(2048),
    'pagefind/index/en_1.pf_index': gzipSync(PAGE),
  };

  const build = async () => {
    const dir = await tempDir();
    for (const [name, bytes] of Object.entries(site)) {
      await mkdir(dirname(join(dir, name)), { recursive: true });
      await writeFile(join(dir, name), bytes);
    }
    return dir;
  };

  it('writes .br and .gz beside compressible files only', async () => {
    const dir = await build();
    const stats = await precompressDir(dir);
    const files = (await readdir(dir, { recursive: true })).sort();
    expect(files.filter((f) => /\.(br|gz)$/.test(f))).toEqual([
      'articles/one/index.html.br',
      'articles/one/index.html.gz',
      'index.html.br',
      'index.html.gz',
    ]);
    expect(stats.written).toBe(4);
    const br = await readFile(join(dir, 'index.html.br'));
    expect(brotliDecompressSync(br).equals(PAGE)).toBe(true);
  });

  it('writes the same bytes in two builds', async () => {
    const [a, b] = [await build(), await build()];
    await precompressDir(a);
    await precompressDir(b);
    for (const file of ['index.html.br', 'index.html.gz', 'articles/one/index.html.gz'])
      expect((await readFile(join(a, file))).equals(await readFile(join(b, file))), file).toBe(
        true,
      );
  });

  it('can run twice: variants are not compressed again', async () => {
    const dir = await build();
    await precompressDir(dir);
    const copy = await tempDir();
    await cp(dir, copy, { recursive: true });
    await precompressDir(dir);
    expect((await readdir(dir, { recursive: true })).sort()).toEqual(
      (await readdir(copy, { recursive: true })).sort(),
    );
  });
});
