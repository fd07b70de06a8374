// `npm run deploy` against a real rclone and a local folder remote (`:local:`): a first
// deploy uploads every object, a second one of the same build uploads nothing, a build with
// one story more uploads only the objects whose bytes changed, and deploying the build
// without it again deletes that story's files at the remote. Counts come from rclone's JSON
// log (what the script reports), and are checked against a comparison of the two builds
// made here without rclone. Headers are not stored by a local remote: the unit test of
// scripts/lib/deploy-plan.ts covers which file gets which.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planUploads, type Upload } from '../../scripts/lib/deploy-plan.ts';
import { requireRclone } from '../../scripts/lib/rclone.ts';

const work = mkdtempSync(join(tmpdir(), 'kwave-deploy-'));
const SITE_A = join(work, 'dist-fixture');
const SITE_B = join(work, 'dist-plus-one');
const REMOTE_DIR = join(work, 'remote');
const REMOTE = `:local:${REMOTE_DIR}`;
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The newest story, as a new story usually is.
const NEW_STORY = `• IU Opens a Photo Exhibition in Busan
Date: 2025-12-01

IU opened an exhibition of her tour photographs in Busan on Wednesday.

The exhibition runs until the end of May.
`;

interface Report {
  files: number;
  uploaded: { files: number; bytes: number; keys: string[] };
  skipped: { files: number; bytes: number };
  deleted: { files: number; bytes: number; keys: string[] };
}

const deploy = (dir: string, ...extra: string[]): Report => {
  const out = execFileSync(resolve('node_modules/.bin/tsx'), ['scripts/deploy.ts', REMOTE, '--dir', dir, '--json', ...extra], {
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Report;
};

const filesOf = (root: string) =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1));

const planOf = (root: string) =>
  new Map(planUploads(filesOf(root).map((path) => ({ path, size: statSync(join(root, path)).size }))).map((u) => [u.key, u]));

const bytesOf = (root: string, u: Upload) => readFileSync(join(root, u.source));

/** The remote holds exactly the plan's objects, each with its source's bytes. */
const expectRemoteToMirror = (root: string) => {
  const plan = planOf(root);
  expect(filesOf(REMOTE_DIR).sort()).toEqual([...plan.keys()].sort());
  for (const u of plan.values()) expect(readFileSync(join(REMOTE_DIR, u.key)).equals(bytesOf(root, u)), u.key).toBe(true);
};

const measured: string[] = [];

describe('npm run deploy to a local rclone remote', () => {
  beforeAll(() => {
    // Fails every test below with the way to install it: a deploy test that skips itself
    // when the tool is missing would pass on the machine where it matters.
    requireRclone();
    // The fixture seeds, then the same folder with one story more, built as
    // `npm run build:fixture` builds. Both from one folder: a page names its seed file, so
    // a second folder would change every story page. (vitest's NODE_ENV=test would make
    // Vite build another bundle.)
    const seeds = join(work, 'seeds');
    cpSync('tests/fixtures/site-seeds', seeds, { recursive: true });
    const build = (outDir: string) => {
      const env: NodeJS.ProcessEnv = { ...process.env, SEEDS_DIR: seeds, OUT_DIR: outDir, SITE_URL: 'https://kwave.example' };
      delete env.NODE_ENV;
      execFileSync('npm', ['run', 'build'], { env, stdio: 'pipe' });
    };
    build(SITE_A);
    writeFileSync(join(seeds, '005_exhibition.txt'), NEW_STORY);
    build(SITE_B);
  }, 300_000);

  afterAll(() => console.log(`deploy test measured:\n  ${measured.join('\n  ')}`));

  it('uploads every object on the first deploy: one per URL, the gzip copy under the plain name', () => {
    const report = deploy(SITE_A);
    const objects = planOf(SITE_A).size;
    measured.push(`first deploy: ${report.uploaded.files} of ${report.files} uploaded (${report.uploaded.bytes} bytes), ${filesOf(SITE_A).length} files in the built site`);
    expect(report.files).toBe(objects);
    expect(report.uploaded.files).toBe(objects);
    expect(report.deleted.files).toBe(0);
    expectRemoteToMirror(SITE_A);
  });

  it('uploads nothing on a second deploy of the same build', () => {
    const report = deploy(SITE_A);
    measured.push(`second deploy: ${report.uploaded.files} uploaded, ${report.skipped.files} unchanged, ${report.deleted.files} deleted`);
    expect(report.uploaded).toEqual({ files: 0, bytes: 0, keys: [] });
    expect(report.skipped.files).toBe(report.files);
    expect(report.deleted.files).toBe(0);
  });

  it('uploads only the objects that changed after one story is added (a dry run first changes nothing)', () => {
    const [a, b] = [planOf(SITE_A), planOf(SITE_B)];
    const changed = [...b.values()]
      .filter((u) => !a.has(u.key) || !bytesOf(SITE_B, u).equals(bytesOf(SITE_A, a.get(u.key)!)))
      .map((u) => u.key)
      .sort();
    const gone = [...a.keys()].filter((k) => !b.has(k) && !k.startsWith('assets/')).sort();

    const preview = deploy(SITE_B, '--dry-run');
    expect(preview.uploaded.keys).toEqual(changed);
    expectRemoteToMirror(SITE_A);

    const report = deploy(SITE_B);
    measured.push(
      `one story added: ${report.uploaded.files} of ${report.files} uploaded (${report.uploaded.bytes} bytes), ${report.skipped.files} unchanged, ${report.deleted.files} deleted`,
    );
    expect(report.uploaded.keys).toEqual(changed);
    expect(report.uploaded.keys).toContain('articles/iu-opens-a-photo-exhibition-in-busan-' + storySuffix(b) + '/index.html');
    expect(report.skipped.files).toBeGreaterThan(0);
    expect(report.deleted.keys).toEqual(gone);
    expectRemoteToMirror(SITE_B);
  });

  it("removes the story's files at the remote when a build without it is deployed", () => {
    const [a, b] = [planOf(SITE_A), planOf(SITE_B)];
    const storyFiles = [...b.keys()].filter((k) => !a.has(k)).sort();
    expect(storyFiles.length).toBeGreaterThan(0);
    const report = deploy(SITE_A);
    measured.push(`story removed again: ${report.uploaded.files} uploaded, ${report.deleted.files} deleted (${storyFiles.join(', ')})`);
    expect(report.deleted.keys).toEqual(storyFiles);
    expectRemoteToMirror(SITE_A);
  });

  it('keeps code chunks of an older build until --prune-assets: cached pages and open tabs still load them', () => {
    const old = join(REMOTE_DIR, 'assets/article-OLDBUILD.js');
    writeFileSync(old, 'export {};');
    const kept = deploy(SITE_A);
    expect(kept.deleted.files).toBe(0);
    expect(readFileSync(old, 'utf8')).toBe('export {};');
    const pruned = deploy(SITE_A, '--prune-assets');
    expect(pruned.deleted.keys).toEqual(['assets/article-OLDBUILD.js']);
    expectRemoteToMirror(SITE_A);
  });
});

/** The permalink suffix the new story got (the slug's hash is the pipeline's business). */
const storySuffix = (plan: Map<string, Upload>) =>
  /^articles\/iu-opens-a-photo-exhibition-in-busan-([^/]+)\/index\.html$/.exec(
    [...plan.keys()].find((k) => k.startsWith('articles/iu-opens-a-photo-exhibition-in-busan-'))!,
  )![1];
