// @vitest-environment jsdom
// The inline loader that starts the app after the first paint (src/prerender/app-loader.ts),
// run as the browser runs it: nothing is requested until the browser has reported the largest
// contentful paint (or, where it reports none, until a frame has rendered and its task ended);
// then the entry script and the route's preloads, in order, all at low priority.
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

/** What the loader added to <head>: tag, kind and file. */
const added = () =>
  ([...document.head.children] as (HTMLScriptElement & HTMLLinkElement)[]).map((el) => [
    el.tagName,
    el.type || el.rel,
    el.getAttribute('src') ?? el.getAttribute('href'),
  ]);

/** A browser's PerformanceObserver that reports LCP, driven by the test. */
const observeLcp = () => {
  const observers: { report: () => void; connected: boolean }[] = [];
  class FakeObserver {
    static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
    private readonly entry = { report: () => {}, connected: false };
    constructor(callback: (list: unknown, observer: FakeObserver) => void) {
      this.entry.report = () => {
        if (this.entry.connected) callback({}, this);
      };
      observers.push(this.entry);
    }
    observe(options: { type: string; buffered?: boolean }) {
      // buffered: a paint before the loader ran (a long page, painted in parts) still counts.
      expect(options).toEqual({ type: 'largest-contentful-paint', buffered: true });
      this.entry.connected = true;
    }
    disconnect() {
      this.entry.connected = false;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return { reportLcp: () => observers.forEach((o) => o.report()) };
};

afterEach(() => {
  vi.unstubAllGlobals();
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
  it('without LCP reports, asks for nothing before the first frame, then for the entry and preloads at low priority', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    vi.stubGlobal('PerformanceObserver', undefined);
    runLoader(appLoaderTag(FILES, code));
    expect(document.head.children).toHaveLength(0);
    vi.advanceTimersToNextFrame(); // the frame renders (rAF), the page paints...
    expect(document.head.children).toHaveLength(0);
    vi.advanceTimersByTime(1); // ...and the task after it adds the app
    expect(added()).toEqual([
      ['SCRIPT', 'module', FILES[0]],
      ['LINK', 'modulepreload', FILES[1]],
      ['LINK', 'modulepreload', FILES[2]],
    ]);
    for (const el of document.head.children) {
      expect((el as HTMLScriptElement).fetchPriority).toBe('low');
    }
  });

  it('where LCP is reported, waits past the first frame for the report, then starts once', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    const browser = observeLcp();
    runLoader(appLoaderTag(FILES, code));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1); // a frame and its task: the frame may not be on screen yet
    expect(document.head.children).toHaveLength(0);
    browser.reportLcp(); // presented and measured
    expect(document.head.children).toHaveLength(0); // in the task after the report
    vi.advanceTimersByTime(1);
    expect(added().map(([, , file]) => file)).toEqual(FILES);
    browser.reportLcp(); // a later, larger paint
    vi.runAllTimers(); // and the fallbacks
    expect(document.head.children).toHaveLength(FILES.length);
  });

  it('starts from the first frame when the observer refuses to observe', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    observeLcp();
    vi.spyOn(PerformanceObserver.prototype, 'observe').mockImplementation(() => {
      throw new TypeError('not here');
    });
    runLoader(appLoaderTag(FILES, code));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1010);
    expect(document.head.children).toHaveLength(FILES.length);
  });

  it('starts without an LCP report a second after the first frame, and in a background tab', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    observeLcp();
    runLoader(appLoaderTag(FILES, code));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(990);
    expect(document.head.children).toHaveLength(0);
    vi.advanceTimersByTime(20);
    expect(document.head.children).toHaveLength(FILES.length);

    document.head.innerHTML = '';
    vi.stubGlobal('requestAnimationFrame', () => 0); // a hidden tab renders no frame
    runLoader(appLoaderTag(FILES, code));
    vi.advanceTimersByTime(2999);
    expect(document.head.children).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(document.head.children).toHaveLength(FILES.length);
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
