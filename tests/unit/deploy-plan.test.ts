// What `npm run deploy` puts in a bucket (scripts/lib/deploy-plan.ts) and how it reads
// rclone's log (scripts/lib/rclone.ts): pure functions, no rclone needed.
import { describe, expect, it } from 'vitest';
import { CACHE, planDeploy, planUploads } from '../../scripts/lib/deploy-plan.ts';
import { parseRcloneLog } from '../../scripts/lib/rclone.ts';

// The shapes of a built site: a page with both copies, a small data file with none, a
// data file whose brotli copy was smaller but gzip's not, hashed assets, Pagefind's runtime,
// its hashed (and self-compressed) chunks and its entry file, share cards and root files.
const SITE = [
  ['index.html', 9000],
  ['index.html.br', 1800],
  ['index.html.gz', 2000],
  ['articles/a-1/index.html', 40000],
  ['articles/a-1/index.html.br', 8000],
  ['articles/a-1/index.html.gz', 9000],
  ['data/site.json', 60],
  ['data/tags.json', 120],
  ['data/tags.json.br', 100],
  ['assets/index-BU_JeY2-.js', 200000],
  ['assets/index-BU_JeY2-.js.br', 60000],
  ['assets/index-BU_JeY2-.js.gz', 70000],
  ['assets/index-CCF3cnz-.css', 30000],
  ['assets/index-CCF3cnz-.css.gz', 6000],
  ['pagefind/pagefind.js', 45555],
  ['pagefind/pagefind.js.gz', 12951],
  ['pagefind/parts.json', 40],
  ['pagefind/parts/2026-11/wasm.en.pagefind', 72209],
  ['pagefind/parts/2026-11/pagefind-entry.json', 172],
  ['pagefind/parts/2026-11/pagefind-entry.json.gz', 157],
  ['pagefind/parts/2026-11/pagefind.en_c0ae2362aa.pf_meta', 180],
  ['pagefind/parts/2026-11/fragment/en_41d87b7.pf_fragment', 900],
  ['pagefind/parts/2024/index/en_b7d2e0f.pf_index', 3000],
  ['cards/articles/a-1.png', 50000],
  ['cards/tags/bts.png', 40000],
  ['og-default.png', 30000],
  ['favicon.svg', 1200],
  ['favicon.svg.gz', 600],
  ['feed.xml', 20000],
  ['feed.xml.gz', 5000],
  ['robots.txt', 80],
  ['404.html', 5000],
  ['404.html.gz', 1500],
  ['sw.js', 27000],
  ['sw.js.gz', 9000],
  ['manifest.webmanifest', 600],
].map(([path, size]) => ({ path: path as string, size: size as number }));

const byKey = (key: string) => planUploads(SITE).find((u) => u.key === key);

describe('planUploads', () => {
  it('never lets a cache keep the service worker: a deploy must reach readers at once', () => {
    expect(byKey('sw.js')).toMatchObject({
      pathClass: 'service-worker',
      cacheControl: 'no-cache',
      contentType: expect.stringMatching(/javascript/),
    });
    expect(byKey('manifest.webmanifest')?.contentType).toMatch(/^application\/manifest\+json/);
  });

  it('makes one object per URL: no .br or .gz objects beside the files', () => {
    const keys = planUploads(SITE).map((u) => u.key);
    expect(keys.filter((k) => /\.(br|gz)$/.test(k))).toEqual([]);
    expect(keys).toHaveLength(SITE.filter((f) => !/\.(br|gz)$/.test(f.path)).length);
  });

  it('uploads the gzip copy under the plain name, with Content-Encoding: gzip and the original type', () => {
    expect(byKey('articles/a-1/index.html')).toEqual({
      key: 'articles/a-1/index.html',
      source: 'articles/a-1/index.html.gz',
      size: 9000,
      pathClass: 'pages',
      contentType: 'text/html; charset=utf-8',
      contentEncoding: 'gzip',
      cacheControl: CACHE.short,
    });
  });

  it('uploads a file without a gzip copy as itself, with no Content-Encoding (a .br copy alone does not count)', () => {
    for (const key of ['data/site.json', 'data/tags.json', 'robots.txt']) {
      expect(byKey(key)?.source).toBe(key);
      expect(byKey(key)?.contentEncoding).toBeUndefined();
    }
  });

  it("never marks Pagefind's chunks as encoded: its script unpacks them itself", () => {
    for (const key of [
      'pagefind/parts/2026-11/wasm.en.pagefind',
      'pagefind/parts/2026-11/fragment/en_41d87b7.pf_fragment',
    ]) {
      expect(byKey(key)).toMatchObject({ source: key, contentType: 'application/octet-stream' });
      expect(byKey(key)?.contentEncoding).toBeUndefined();
    }
  });

  it('gives hashed names a year, cards and images a day, Pagefind’s runtime an hour, the rest 5 minutes', () => {
    const cache = Object.fromEntries(planUploads(SITE).map((u) => [u.key, u.cacheControl]));
    expect(cache).toMatchObject({
      'assets/index-BU_JeY2-.js': CACHE.immutable,
      'assets/index-CCF3cnz-.css': CACHE.immutable,
      'pagefind/parts/2026-11/fragment/en_41d87b7.pf_fragment': CACHE.immutable,
      'pagefind/parts/2024/index/en_b7d2e0f.pf_index': CACHE.immutable,
      'pagefind/parts/2026-11/pagefind.en_c0ae2362aa.pf_meta': CACHE.immutable,
      'cards/articles/a-1.png': CACHE.day,
      'og-default.png': CACHE.day,
      'favicon.svg': CACHE.day,
      'pagefind/pagefind.js': CACHE.hour,
      'pagefind/parts/2026-11/wasm.en.pagefind': CACHE.hour,
      'pagefind/parts/2026-11/pagefind-entry.json': CACHE.short,
      'pagefind/parts.json': CACHE.short,
      'data/site.json': CACHE.short,
      'index.html': CACHE.short,
      '404.html': CACHE.short,
      'feed.xml': CACHE.short,
    });
    expect(CACHE.immutable).toBe('public, max-age=31536000, immutable');
    expect(CACHE.short).toBe('public, max-age=300');
  });
});

describe('planDeploy', () => {
  const { uploads, passes } = planDeploy(SITE);

  it('puts every object in exactly one pass, whose headers are that object’s', () => {
    const keys = passes.flatMap((p) => p.keys);
    expect(keys.toSorted()).toEqual(uploads.map((u) => u.key));
    for (const pass of passes)
      for (const key of pass.keys) {
        const u = uploads.find((x) => x.key === key)!;
        expect(pass.headers).toContain(`Cache-Control: ${u.cacheControl}`);
        expect(pass.headers).toContain(`Content-Type: ${u.contentType}`);
        expect(pass.headers.includes('Content-Encoding: gzip')).toBe(u.contentEncoding === 'gzip');
      }
  });

  it('uploads what pages refer to before the pages: assets first, HTML last', () => {
    const order = passes.map((p) => p.name);
    expect(order[0]).toMatch(/^assets /);
    expect(order.at(-1)).toMatch(/^pages /);
    const lastAsset = order.findLastIndex(
      (n) => n.startsWith('assets') || n.startsWith('search-index'),
    );
    const firstPage = order.findIndex((n) => n.startsWith('pages'));
    expect(lastAsset).toBeLessThan(firstPage);
  });

  it('counts the bytes each pass would send', () => {
    const total = passes.reduce((n, p) => n + p.bytes, 0);
    expect(total).toBe(uploads.reduce((n, u) => n + u.size, 0));
  });
});

describe('parseRcloneLog', () => {
  const line = (o: object) =>
    JSON.stringify({ time: '2026-12-07T00:00:00Z', source: 'x.go:1', ...o });

  it('reads copies, deletions and dry-run skips from rclone --use-json-log -v', () => {
    const log = [
      line({
        level: 'warning',
        msg: 'Config file "/root/.config/rclone/rclone.conf" not found - using defaults',
      }),
      line({ level: 'info', msg: 'Copied (new)', object: 'a/x.html', objectType: '*local.Object' }),
      line({
        level: 'info',
        msg: 'Copied (replaced existing)',
        object: 'y.json',
        objectType: '*local.Object',
      }),
      line({ level: 'info', msg: 'Deleted', object: 'old.html', objectType: '*local.Object' }),
      line({
        level: 'warning',
        msg: 'Skipped copy as --dry-run is set (size 8)',
        object: 'n.json',
        size: 8,
        skipped: 'copy',
      }),
      line({
        level: 'warning',
        msg: 'Skipped delete as --dry-run is set (size 3)',
        object: 'q',
        size: 3,
        skipped: 'delete',
      }),
      line({ level: 'info', msg: 'There was nothing to transfer' }),
      line({ level: 'error', msg: 'Failed to copy: access denied', object: 'z' }),
      '',
    ].join('\n');
    expect(parseRcloneLog(log)).toEqual({
      copied: ['a/x.html', 'y.json'],
      deleted: ['old.html'],
      wouldCopy: [{ key: 'n.json', size: 8 }],
      wouldDelete: [{ key: 'q', size: 3 }],
      errors: ['Failed to copy: access denied'],
    });
  });
});
