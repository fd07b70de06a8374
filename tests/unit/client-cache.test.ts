// The app's bundle is put back from the cache only for the code it was built from, and only
// files whose bytes differ are written: a build with the same code writes none of them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clientKeyOf, restoreClient, saveClient } from '../../scripts/lib/client-cache';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kwave-client-'));
  dirs.push(dir);
  return dir;
};
const put = (dir: string, file: string, text: string) => {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
};

/** A project with the files the key reads. */
const project = () => {
  const root = temp();
  for (const file of ['index.html', 'vite.config.ts', 'package.json', 'package-lock.json'])
    put(root, file, file);
  put(root, 'tsconfig.json', '{}');
  put(root, 'src/main.tsx', 'app');
  put(root, 'public/favicon.svg', '<svg/>');
  put(root, 'scripts/lib/plugin.ts', 'plugin');
  return root;
};

describe('the app bundle cache', () => {
  it('keys the bundle by its sources, public files and the environment Vite reads', async () => {
    const root = project();
    const key = await clientKeyOf(root, {});
    expect(await clientKeyOf(root, { SITE_URL: 'https://x.example', SEEDS_DIR: 'y' })).toBe(key);
    expect(await clientKeyOf(root, { NODE_ENV: 'test' })).not.toBe(key);
    put(root, 'public/favicon.svg', '<svg></svg>');
    const publicChanged = await clientKeyOf(root, {});
    expect(publicChanged).not.toBe(key);
    put(root, 'src/main.tsx', 'app, changed');
    expect(await clientKeyOf(root, {})).not.toBe(publicChanged);
  });

  it('puts back the files of a key, writing only those that differ', async () => {
    const cache = temp();
    const outDir = temp();
    put(outDir, 'assets/index-1.js', 'code');
    put(outDir, 'favicon.svg', '<svg/>');
    await saveClient(cache, 'k1', outDir, ['assets/index-1.js', 'favicon.svg']);

    expect(await restoreClient(cache, 'other', outDir)).toBeNull();
    expect(await restoreClient(cache, 'k1', outDir)).toEqual({
      files: ['assets/index-1.js', 'favicon.svg'],
      written: [],
    });
    put(outDir, 'favicon.svg', 'edited by hand');
    rmSync(join(outDir, 'assets'), { recursive: true });
    const restored = await restoreClient(cache, 'k1', outDir);
    expect(restored?.written).toEqual(['assets/index-1.js', 'favicon.svg']);
    expect(readFileSync(join(outDir, 'favicon.svg'), 'utf8')).toBe('<svg/>');
  });
});
