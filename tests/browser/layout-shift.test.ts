// Nothing the reader sees moves when the app takes over the prerendered page: the layout
// shifts the browser reports from navigation until the app has started add up to 0, on
// every page type, at the address a host may answer it at (with or without a trailing
// slash), and on the not-found page. The browser's own layout-shift entries, buffered
// from the start, are what Lighthouse's CLS adds up; nothing here is timed.
import { describe, expect, it } from 'vitest';
import { samplePages } from '../../scripts/lib/sample-pages';
import { openPage, setupSite } from './support';

const env = setupSite();

// Lighthouse's phone (moto g power): short pages leave the footer on the first screen.
const PHONE = { width: 412, height: 823 };

const addresses = () => [
  ...samplePages().flatMap(({ name, path }) => [
    { name, path },
    ...(path === '/' ? [] : [{ name: `${name} (trailing slash)`, path: `${path}/` }]),
  ]),
  { name: 'not found', path: '/no-such-page' },
];

interface Shift {
  value: number;
  sources: string[];
}

describe('no layout shift when the app starts', () => {
  it.each(addresses())('$name: $path', async ({ path }) => {
    const { page, context } = await openPage(env.browser, { viewport: PHONE });
    await page.addInitScript(() => {
      const shifts: Shift[] = [];
      Object.assign(window, { __shifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as PerformanceEntry[] & LayoutShiftLike[])
          shifts.push({
            value: entry.value,
            sources: (entry.sources ?? []).map((s) => s.node?.nodeName ?? '?'),
          });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(env.site.url + path);
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    await page.waitForLoadState('networkidle');
    // Two frames after the last request, so a late commit is laid out and reported.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
    expect(shifts).toEqual([]);
    await context.close();
  });
});

interface LayoutShiftLike {
  value: number;
  sources?: { node?: Node | null }[];
}
