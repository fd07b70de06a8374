// The service worker's rules (src/sw/offline-rules.ts): which requests it keeps, in which
// capped cache, and under which keys it looks for a page offline.
import { describe, expect, it } from 'vitest';
import {
  OFFLINE_PAGE,
  RUNTIME_CACHES,
  SHELL_PAGES,
  pageKeys,
  runtimeKindOf,
  versionOf,
} from '../../src/sw/offline-rules.ts';
import { SAVED_CACHE } from '../../src/lib/offline-cache.ts';

const ORIGIN = 'https://kwave.example';
const kind = (path: string, mode = 'cors', method = 'GET', origin = ORIGIN) =>
  runtimeKindOf({ mode, method }, new URL(path, origin), ORIGIN);

describe('runtimeKindOf', () => {
  it('keeps pages, data JSON and the search index, each in its own cache', () => {
    expect(kind('/articles/a-1', 'navigate')).toBe('pages');
    expect(kind('/?tag=bts&page=2', 'navigate')).toBe('pages');
    expect(kind('/data/articles/a-1.json')).toBe('data');
    expect(kind('/data/tags/bts/chunks/3.json')).toBe('data');
    expect(kind('/pagefind/parts.json')).toBe('search');
    expect(kind('/pagefind/parts/2026-11/index/en_1.pf_index')).toBe('search');
  });

  it('leaves everything else to the network (or the precache): cards, feeds, other origins, POSTs', () => {
    expect(kind('/cards/articles/a-1.png')).toBeNull();
    expect(kind('/feed.xml')).toBeNull();
    expect(kind('/assets/index-abc.js')).toBeNull();
    expect(kind('/data/articles/a-1.json', 'cors', 'GET', 'https://elsewhere.example')).toBeNull();
    expect(kind('/articles/a-1', 'navigate', 'POST')).toBeNull();
  });

  it('caps every runtime cache by count and age, and never names the saved stories cache', () => {
    for (const cache of Object.values(RUNTIME_CACHES)) {
      expect(cache.maxEntries).toBeGreaterThan(0);
      expect(cache.maxEntries).toBeLessThanOrEqual(300);
      expect(cache.maxAgeSeconds).toBe(30 * 24 * 60 * 60);
      expect(cache.name).not.toBe(SAVED_CACHE);
    }
    expect(RUNTIME_CACHES.pages.maxEntries).toBe(60);
    expect(RUNTIME_CACHES.data.maxEntries).toBe(300);
  });
});

describe('pageKeys', () => {
  it('tries the address as asked, then with and without a trailing slash', () => {
    expect(pageKeys(new URL(`${ORIGIN}/tags/bts`))).toEqual([
      `${ORIGIN}/tags/bts`,
      `${ORIGIN}/tags/bts/`,
    ]);
    expect(pageKeys(new URL(`${ORIGIN}/tags/bts/`))).toEqual([
      `${ORIGIN}/tags/bts/`,
      `${ORIGIN}/tags/bts`,
    ]);
  });

  it('then the page without its query: a prerendered page is one file for every query', () => {
    expect(pageKeys(new URL(`${ORIGIN}/?tag=bts&page=2`))).toEqual([
      `${ORIGIN}/?tag=bts&page=2`,
      `${ORIGIN}/`,
    ]);
  });
});

describe('shell pages and version', () => {
  it('keeps the offline page, /following and /saved from the install on (all required)', () => {
    expect(SHELL_PAGES.filter((p) => p.required).map((p) => p.path)).toEqual([
      OFFLINE_PAGE,
      '/following',
      '/saved',
    ]);
  });

  it('names the shell cache by the precache list: same list, same name; any change, another', () => {
    const list = [
      { url: 'assets/index-a.js', revision: null },
      { url: 'favicon.svg', revision: '1' },
    ];
    expect(versionOf(list)).toBe(versionOf(structuredClone(list)));
    expect(versionOf(list)).not.toBe(versionOf([list[0]!, { url: 'favicon.svg', revision: '2' }]));
    expect(versionOf(list)).toMatch(/^[0-9a-z]+$/);
  });
});
