// npm run deploy -- REMOTE [--dir dist] [--dry-run] [--prune-assets] [--all] [--json]
//
// Syncs a built site to object storage with rclone (any rclone remote: `s3:bucket/site`,
// `r2:site`, or a local folder for a try-out), uploading only the files whose bytes changed
// (--checksum) with each file's headers, then deleting what the build no longer has.
// Why it works this way: docs/decisions/0018-deploy-with-rclone.md.
//   --dir DIR        the built site (default: $OUT_DIR or dist)
//   --dry-run        say what would change; change nothing
//   --prune-assets   also delete old files under assets/ (kept by default: pages cached
//                    before this deploy, and open tabs, still load them)
//   --all            upload every file again (after a change of headers in deploy-plan.ts:
//                    rclone compares bytes, not headers)
//   --json           print the report as JSON (for tests and scripts)
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { inBatches } from '../src/content/emit/write-files.ts';
import { flag, option } from './lib/cli.ts';
import { planDeploy, type SiteFile, type Upload } from './lib/deploy-plan.ts';
import { requireRclone, runRclone } from './lib/rclone.ts';

const USAGE =
  'usage: npm run deploy -- REMOTE [--dir dist] [--dry-run] [--prune-assets] [--all] [--json]';

const args = process.argv.slice(2);
const remote = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--dir');
const dir = resolve(option('dir') ?? process.env.OUT_DIR ?? 'dist');
const dryRun = flag('dry-run');

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

if (!remote) fail(`No remote given.\n${USAGE}`);
if (!existsSync(join(dir, 'index.html')))
  fail(`No built site in ${dir} (no index.html): run \`npm run build\` first.`);
let version = '';
try {
  version = requireRclone();
} catch (error) {
  fail((error as Error).message);
}

const listSite = async (root: string): Promise<SiteFile[]> => {
  const entries = (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) =>
    e.isFile(),
  );
  const files: SiteFile[] = [];
  await inBatches(entries, async (e) => {
    const path = join(e.parentPath, e.name);
    files.push({
      path: path.slice(root.length + 1).replaceAll('\\', '/'),
      size: (await stat(path)).size,
    });
  });
  return files;
};

/**
 * The objects as files: `key` holding the bytes of `source`. Hard links (a copy when dist/
 * is on another file system), in a folder beside node_modules' other caches.
 */
const stage = async (uploads: Upload[]) => {
  const cache = resolve('node_modules/.cache');
  await mkdir(cache, { recursive: true });
  const root = await mkdtemp(join(cache, 'kwave-deploy-'));
  const stageDir = join(root, 'site');
  const dirs = [...new Set(uploads.map((u) => dirname(join(stageDir, u.key))))];
  await inBatches(dirs, (d) => mkdir(d, { recursive: true }).then(() => undefined));
  await inBatches(uploads, async (u) => {
    const from = join(dir, u.source);
    const to = join(stageDir, u.key);
    await link(from, to).catch(() => copyFile(from, to));
  });
  return { root, stageDir };
};

const plan = planDeploy(await listSite(dir));
const { root, stageDir } = await stage(plan.uploads);
const common = ['--checksum', '--fast-list', ...(dryRun ? ['--dry-run'] : [])];
const sizeOf = new Map(plan.uploads.map((u) => [u.key, u.size]));
const uploaded: string[] = [];

try {
  // 1. One pass per set of headers, in PATH_CLASSES order (assets before the pages that
  //    name them). rclone skips a file whose size and MD5 match the object's.
  for (const [i, pass] of plan.passes.entries()) {
    const list = join(root, `pass-${i}.txt`);
    await writeFile(list, pass.keys.join('\n') + '\n');
    const report = await runRclone([
      'copy',
      stageDir,
      remote!,
      ...common,
      ...(flag('all') ? ['--ignore-times'] : []),
      '--files-from-raw',
      list,
      ...pass.headers.flatMap((h) => ['--header-upload', h]),
    ]);
    const done = dryRun ? report.wouldCopy.map((c) => c.key) : report.copied;
    uploaded.push(...done);
    if (!flag('json'))
      console.log(`  ${pass.name}: ${done.length} of ${pass.keys.length} uploaded`);
  }

  // 2. Deletions, once every upload is done. A dry run first, for the sizes rclone's log
  //    gives only there; old assets are counted but kept unless --prune-assets.
  const keepAssets = !flag('prune-assets');
  const preview = await runRclone(['sync', stageDir, remote!, ...common, '--dry-run']);
  const isAsset = (key: string) => key.startsWith('assets/');
  const toDelete = preview.wouldDelete.filter((d) => !(keepAssets && isAsset(d.key)));
  const kept = preview.wouldDelete.filter((d) => keepAssets && isAsset(d.key));
  // Every object went up in a pass (or, in a dry run, would have): anything else the sync
  // would upload is a file the plan missed, which would go up without its headers.
  const planned = new Set(uploaded);
  const missed = preview.wouldCopy.filter((c) => !planned.has(c.key));
  if (missed.length) console.warn(`warning: no pass covered ${missed.length} files`);
  let deleted = toDelete;
  if (!dryRun && (toDelete.length || missed.length)) {
    const sync = await runRclone([
      'sync',
      stageDir,
      remote!,
      ...common,
      ...(keepAssets ? ['--exclude', '/assets/**'] : []),
    ]);
    const sizes = new Map(preview.wouldDelete.map((d) => [d.key, d.size]));
    deleted = sync.deleted.map((key) => ({ key, size: sizes.get(key) ?? 0 }));
    uploaded.push(...sync.copied);
  }

  const sum = (keys: { size: number }[]) => keys.reduce((n, k) => n + k.size, 0);
  const uploadedFiles = uploaded.map((key) => ({ key, size: sizeOf.get(key) ?? 0 }));
  const report = {
    remote,
    dryRun,
    rclone: version,
    files: plan.uploads.length,
    uploaded: { files: uploaded.length, bytes: sum(uploadedFiles), keys: [...uploaded].sort() },
    skipped: {
      files: plan.uploads.length - uploaded.length,
      bytes: sum(plan.uploads) - sum(uploadedFiles),
    },
    deleted: {
      files: deleted.length,
      bytes: sum(deleted),
      keys: deleted.map((d) => d.key).sort(),
    },
    keptOldAssets: kept.length,
  };
  if (flag('json')) console.log(JSON.stringify(report));
  else {
    const kb = (bytes: number) =>
      `${(bytes / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} KB`;
    const verb = dryRun ? 'would be ' : '';
    console.log(
      `${dryRun ? 'dry run: ' : ''}${dir} -> ${remote} (${version}), ${plan.uploads.length} objects in ${plan.passes.length} passes`,
    );
    console.log(`  ${verb}uploaded: ${report.uploaded.files} files, ${kb(report.uploaded.bytes)}`);
    console.log(
      `  unchanged (skipped): ${report.skipped.files} files, ${kb(report.skipped.bytes)}`,
    );
    console.log(`  ${verb}deleted: ${report.deleted.files} files, ${kb(report.deleted.bytes)}`);
    if (kept.length)
      console.log(
        `  kept: ${kept.length} old files under assets/ (remove with --prune-assets once old pages have expired)`,
      );
  }
} finally {
  await rm(root, { recursive: true, force: true });
}
