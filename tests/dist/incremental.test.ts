// An incremental build equals a clean one, byte for byte, after each kind of change to the
// seeds; and a build with nothing changed writes nothing of its own. The fixture seeds are
// copied to a temporary folder and changed there; one output folder is built incrementally
// all along, another from scratch (CLEAN=1) after each change.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  type Dirent,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCacheDir } from '../../src/build/build-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'kwave-incr-'));
const seeds = join(work, 'seeds');
const incremental = join(work, 'incremental');
const clean = join(work, 'clean');
cpSync(resolve('tests/fixtures/site-seeds'), seeds, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const build = (outDir: string, fromScratch = false) => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SEEDS_DIR: seeds,
    OUT_DIR: outDir,
    SITE_URL: 'https://kwave.example',
    BUILD_CACHE_DIR: join(work, 'cache'),
    CLEAN: fromScratch ? '1' : '',
  };
  // As `npm run build:fixture` runs it: vitest's NODE_ENV=test would make Vite build another bundle.
  delete env.NODE_ENV;
  lastLog = execFileSync('npm', ['run', 'build'], { env, stdio: 'pipe' }).toString();
  const written = /build files: (\d+) written/.exec(lastLog);
  return Number(written?.[1]);
};
let lastLog = '';
/** The pipeline did not run: the seeds, registry and code were the last build's. */
const dataKept = () => /seeds, registry and code as in the last build/.test(lastLog);
/** The last build's line about the search index ("... rebuilt (0.1 s): 2026-11 (4 stories)"). */
const searchLine = () => /search index of .*/.exec(lastLog)?.[0] ?? '';

const filesOf = (root: string): string[] =>
  (readdirSync(root, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();

const expectSameSite = () => {
  build(clean, true);
  const files = filesOf(clean);
  expect(filesOf(incremental)).toEqual(files);
  const differing = files.filter(
    (f) => !readFileSync(join(clean, f)).equals(readFileSync(join(incremental, f))),
  );
  expect(differing).toEqual([]);
};

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(join(seeds, file), change(readFileSync(join(seeds, file), 'utf8')));

const ADDED = `• Jungkook Plans a Second Pop-Up Store in Busan
Date: 2026-11-30

Jungkook of BTS will open a second pop-up store, in Busan, his agency said.
`;

describe('an incremental build', { timeout: 600_000 }, () => {
  it('first builds the whole site, then writes nothing when nothing changed', () => {
    // A folder an older build left, with no record of it: the first build is a clean one.
    mkdirSync(join(incremental, 'assets'), { recursive: true });
    writeFileSync(join(incremental, 'assets/index-OLD.js'), 'old chunk');
    build(incremental);
    expect(filesOf(incremental)).not.toContain('assets/index-OLD.js');
    // Vite builds its template beside its manifest, not over the home page (template-aside.ts).
    expect(build(incremental)).toBe(0);
    expect(filesOf(incremental).filter((f) => f.startsWith('.vite/'))).toEqual([]);
    expect(dataKept()).toBe(true);
  });

  it('equals a clean build after a story is added', () => {
    writeFileSync(join(seeds, '006_added.txt'), ADDED);
    expect(build(incremental)).toBeLessThan(200);
    expect(dataKept()).toBe(false);
    // One part of the index is made again (here the archive: the copied seeds without a
    // Date: line are dated by their files, today, so the story of 30 November is older than
    // the newest month); the other part's files are kept.
    expect(searchLine()).toMatch(/ in 2 parts rebuilt \([\d.]+ s\): [\w-]+ \(\d+ stories\)$/);
    expectSameSite();
  });

  it('equals a clean build after a story is edited', () => {
    edit('006_added.txt', (t) => t.replace('a second pop-up store', 'a second, larger pop-up store'));
    build(incremental);
    expect(searchLine()).toMatch(/ in 2 parts rebuilt \([\d.]+ s\): [\w-]+ \(\d+ stories\)$/);
    expectSameSite();
  });

  it('equals a clean build after a seed is renamed', () => {
    renameSync(join(seeds, '006_added.txt'), join(seeds, '007_renamed.txt'));
    build(incremental);
    expectSameSite();
  });

  it('equals a clean build after a seed is deleted', () => {
    rmSync(join(seeds, '007_renamed.txt'));
    build(incremental);
    expectSameSite();
  });

  it('reads no pipeline memo that other code made (memo-file.ts)', () => {
    // The one memo the last build left (named by its key), made to say another code made it.
    const cacheDir = buildCacheDir(work, incremental, { BUILD_CACHE_DIR: join(work, 'cache') });
    const memos = readdirSync(cacheDir).filter((f) => f.startsWith('pipeline-memo-'));
    expect(memos).toHaveLength(1);
    const folder = join(cacheDir, memos[0]!);
    const buckets = readdirSync(folder)
      .filter((f) => f.startsWith('seeds.'))
      .map((f) => join(folder, f));
    const files = buckets.map(
      (path) =>
        deserialize(readFileSync(path)) as { key: string; entries: Map<string, unknown> },
    );
    expect(files.reduce((n, f) => n + f.entries.size, 0)).toBeGreaterThan(1);
    // Every seed file's entry made another's: a build that read this memo would be wrong.
    const first = [...files[0]!.entries.values()][0];
    files.forEach((file, i) => {
      for (const key of file.entries.keys()) file.entries.set(key, first);
      writeFileSync(buckets[i]!, serialize({ ...file, key: 'made by other code' }));
    });
    writeFileSync(join(seeds, '008_memo.txt'), ADDED);
    build(incremental);
    expect(dataKept()).toBe(false);
    expectSameSite();
    rmSync(join(seeds, '008_memo.txt'));
  });

  it('equals a clean build after the entity registry changes', () => {
    edit('entities.json', (t) => {
      const changed = t.replace('"Lee Ji-eun", ', '');
      expect(changed).not.toBe(t);
      return changed;
    });
    build(incremental);
    expectSameSite();
  });

  it('writes everything again after a build that did not finish', () => {
    // A build stopped after writing a file and before saving its record, then its change
    // undone: the record still says the file is the last finished build's.
    const cacheDir = buildCacheDir(work, incremental, { BUILD_CACHE_DIR: join(work, 'cache') });
    writeFileSync(join(cacheDir, 'building'), '12345\n');
    writeFileSync(join(incremental, 'data/site.json'), '{"written by":"a stopped build"}');
    build(incremental);
    expect(lastLog).toMatch(/did not finish: every file is written again/);
    expectSameSite();
    // Finished: the next build trusts its record again.
    build(incremental);
    expect(lastLog).not.toMatch(/did not finish/);
    expect(dataKept()).toBe(true);
  });

  it('writes a data file deleted by hand again, with nothing else changed', () => {
    rmSync(join(incremental, 'data/site.json'));
    build(incremental);
    expect(dataKept()).toBe(false);
    expectSameSite();
  });
});
