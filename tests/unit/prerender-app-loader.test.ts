// @vitest-environment jsdom
// The inline loader that starts the app after the first paint (src/prerender/app-loader.ts),
// run as the browser runs it: nothing is requested until a frame has rendered and its task
// ended; then the entry script and the route's preloads, in order, all at low priority.
import { minifySync } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APP_LOADER, appFilesOf, appLoaderTag } from '../../src/prerender/app-loader.ts';

const FILES = ['/assets/index-a1.js', '/assets/tag-b2.js', '/assets/shared-c3.js'];

/** Runs a loader tag's script with document.currentScript set, as a parser would. */
const runLoader = (tag: string) => {
  document.body.innerHTML = tag;
  const script = document.querySelector('script')!;
  Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
  new Function(script.textContent!)();
};

afterEach(() => {
  vi.useRealTimers();
  document.head.innerHTML = '';
});

describe.each([
  ['as written', APP_LOADER],
  [
    'minified as the prerenderer does',
    minifySync('x.js', APP_LOADER, { compress: true, mangle: true }).code,
  ],
])('app loader (%s)', (_, code) => {
  it('asks for nothing before the first frame, then for the entry and preloads at low priority', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    runLoader(appLoaderTag(FILES, code));
    expect(document.head.children).toHaveLength(0);
    vi.advanceTimersToNextFrame(); // the frame renders (rAF), the page paints...
    expect(document.head.children).toHaveLength(0);
    vi.runOnlyPendingTimers(); // ...and the task after it adds the app
    const added = [...document.head.children] as (HTMLScriptElement & HTMLLinkElement)[];
    expect(
      added.map((el) => [
        el.tagName,
        el.type || el.rel,
        el.getAttribute('src') ?? el.getAttribute('href'),
      ]),
    ).toEqual([
      ['SCRIPT', 'module', FILES[0]],
      ['LINK', 'modulepreload', FILES[1]],
      ['LINK', 'modulepreload', FILES[2]],
    ]);
    for (const el of added) expect(el.fetchPriority).toBe('low');
  });
});

describe('app loader tag', () => {
  it('names its files for tests and the audit, entry first', () => {
    expect(appFilesOf(`<body>${appLoaderTag(FILES)}</body>`)).toEqual(FILES);
  });

  it('takes only asset paths, so nothing in the attribute needs escaping', () => {
    expect(() => appLoaderTag(['/assets/x.js" onload="alert(1)'])).toThrow(/not an asset path/);
  });
});
