// The same seeds build the same bytes: deploy tools that sync by checksum (rclone
// --checksum, S3 sync) then upload only what changed. The fixture site is built a second
// time into a temporary folder and compared file by file with the one `npm run test:browser`
// built, the search index, share cards and precompressed copies included.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, type Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const FIRST = resolve('dist-fixture');
const second = mkdtempSync(join(tmpdir(), 'kwave-repeat-'));
afterAll(() => rmSync(second, { recursive: true, force: true }));

const filesOf = (root: string): string[] =>
  (readdirSync(root, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();

describe('a second build of the same seeds', () => {
  it('writes the same files, byte for byte', { timeout: 300_000 }, () => {
    // As `npm run build:fixture` runs it: vitest's NODE_ENV=test would make Vite build
    // another bundle.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      SEEDS_DIR: 'tests/fixtures/site-seeds',
      OUT_DIR: second,
      SITE_URL: 'https://kwave.example',
    };
    delete env.NODE_ENV;
    execFileSync('npm', ['run', 'build'], { env, stdio: 'pipe' });
    const files = filesOf(FIRST);
    expect(filesOf(second)).toEqual(files);
    const differing = files.filter(
      (file) => !readFileSync(join(FIRST, file)).equals(readFileSync(join(second, file))),
    );
    expect(differing).toEqual([]);
  });
});
