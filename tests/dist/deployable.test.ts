// What a host publishes is the whole output folder: no build internals in it, and the
// compressed copies static hosts and scripts/serve.mjs send beside every text file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isCompressible } from '../../scripts/lib/precompress.ts';
import { SITES } from './support.ts';

const allFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));

describe.each(SITES)('the deployable folder: $name', (site) => {
  const files = allFiles(site.dir);

  it('holds no dotfiles or dot folders (Vite writes its manifest to .vite/)', () => {
    expect(files.filter((f) => f.split('/').some((part) => part.startsWith('.')))).toEqual([]);
  });

  it('has a .br and a .gz copy of every text file of 1 KB or more, with the same content', () => {
    const texts = files.filter((f) => !/\.(br|gz)$/.test(f));
    const large = texts.filter((f) => {
      const bytes = readFileSync(join(site.dir, f));
      return bytes.length >= 1000 && isCompressible(f, bytes);
    });
    expect(large.length).toBeGreaterThan(10);
    for (const file of large) {
      const original = readFileSync(join(site.dir, file));
      expect(files, file).toContain(`${file}.br`);
      expect(files, file).toContain(`${file}.gz`);
      const br = brotliDecompressSync(readFileSync(join(site.dir, `${file}.br`)));
      const gz = gunzipSync(readFileSync(join(site.dir, `${file}.gz`)));
      expect(br.equals(original) && gz.equals(original), file).toBe(true);
    }
  });

  it('has no compressed copies of images or of files Pagefind compressed itself', () => {
    expect(files.filter((f) => /\.(png|pagefind|pf_\w+)\.(br|gz)$/.test(f))).toEqual([]);
  });
});
