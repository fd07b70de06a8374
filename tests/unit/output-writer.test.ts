// The build's writer deletes what the previous build wrote and this one did not, and the
// folders that leaves empty (a dropped part of the search index leaves no empty folder).
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyManifest } from '../../src/build/build-manifest';
import { createOutputWriter, filesUnder } from '../../src/build/output-writer';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the output writer', () => {
  it('deletes stale files and the folders they leave empty, and keeps the rest', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'kwave-writer-'));
    dirs.push(outDir);
    const first = await createOutputWriter({ outDir, previous: emptyManifest(), clean: false });
    await first.write('pagefind/parts/2026-10/index/a.pf_index', 'a');
    await first.write('pagefind/parts/2026-10/pagefind-entry.json', '{}');
    await first.write('pagefind/parts/archive/pagefind-entry.json', '{}');
    await first.write('pagefind/parts.json', '{}');
    const previous = await first.finish();

    const second = await createOutputWriter({ outDir, previous, clean: false });
    await second.write('pagefind/parts/archive/pagefind-entry.json', '{}');
    await second.write('pagefind/parts.json', '{"parts":["archive"]}');
    await second.finish();

    expect(second.stats).toEqual({ written: 1, kept: 1, deleted: 2 });
    expect(existsSync(join(outDir, 'pagefind/parts/2026-10'))).toBe(false);
    expect(existsSync(join(outDir, 'pagefind/parts/archive/pagefind-entry.json'))).toBe(true);
  });

  it('remembers an output decided against, and removes a file an older build left there', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'kwave-writer-'));
    dirs.push(outDir);
    // An older build's twin, from other bytes, where this build declines one.
    writeFileSync(join(outDir, 'a.json.gz'), 'old twin');
    const first = await createOutputWriter({ outDir, previous: emptyManifest(), clean: false });
    await first.write('a.json', '{}');
    await first.decline('a.json.gz', 'key-1');
    const previous = await first.finish();
    expect(existsSync(join(outDir, 'a.json.gz'))).toBe(false);

    // Made from the same key: kept as declined, without a file; from another: not kept.
    const second = await createOutputWriter({ outDir, previous, clean: false });
    expect(second.keepIfMadeFrom('a.json.gz', 'key-1')).toBe(true);
    expect(second.keepIfMadeFrom('a.json.gz', 'key-2')).toBe(false);
    expect(second.stats.kept).toBe(0);
  });

  it("hands the next step the folder's files, so that step need not list them", async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'kwave-writer-'));
    dirs.push(outDir);
    writeFileSync(join(outDir, 'a.json.gz'), 'old twin');
    const first = await createOutputWriter({ outDir, previous: emptyManifest(), clean: false });
    await first.write('b.json', '{}');
    await first.decline('a.json.gz', 'key-1');
    expect([...first.present()].sort()).toEqual(['b.json']);
    const previous = await first.finish();

    // Told by the last step what is there: b.json is "gone" (as if deleted by hand), so it
    // is written again, though its bytes are the last build's.
    const next = await createOutputWriter({ outDir, previous, clean: false, present: [] });
    expect(await next.write('b.json', '{}')).toBe(true);
  });

  it('lists nested files as record keys, and takes a listing still under way', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'kwave-writer-'));
    dirs.push(outDir);
    mkdirSync(join(outDir, 'articles/a-story'), { recursive: true });
    writeFileSync(join(outDir, 'articles/a-story/index.html'), 'page');
    writeFileSync(join(outDir, 'robots.txt'), 'robots');
    // A link is no output file: the old walk skipped it too.
    symlinkSync(join(outDir, 'robots.txt'), join(outDir, 'link.txt'));
    expect([...(await filesUnder(outDir))].sort()).toEqual([
      'articles/a-story/index.html',
      'robots.txt',
    ]);
    const first = await createOutputWriter({ outDir, previous: emptyManifest(), clean: false });
    await first.write('articles/a-story/index.html', 'page');
    const previous = await first.finish();
    // Listed while the step worked: the page is there and kept.
    const next = await createOutputWriter({
      outDir,
      previous,
      clean: false,
      present: filesUnder(outDir),
    });
    expect(await next.write('articles/a-story/index.html', 'page')).toBe(false);
  });
});
