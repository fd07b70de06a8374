// Build caches keep their newest few folders, and drop what a crashed build left behind but
// not a build still writing.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneCacheFolders } from '../../src/build/cache-folders';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('cache folders', () => {
  it('keeps the newest, and a .building- folder only while it is recent', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'kwave-cache-'));
    dirs.push(cache);
    const folder = (name: string, minutesAgo: number) => {
      mkdirSync(join(cache, name));
      const time = new Date(Date.now() - minutesAgo * 60_000);
      utimesSync(join(cache, name), time, time);
    };
    folder('a', 50);
    folder('b', 40);
    folder('c', 30);
    folder('.building-crashed', 120);
    folder('.building-running', 5);
    await pruneCacheFolders(cache, 2);
    expect(readdirSync(cache).sort()).toEqual(['.building-running', 'b', 'c']);
  });
});
