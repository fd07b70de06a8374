import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, ready, showJourney, setupSite } from './support';

const env = setupSite();

/** Screenshots land outside the repo, to be looked at, never committed. */
const SHOTS = join(tmpdir(), 'kwave-screenshots');

const WIDTHS = { phone: { width: 360, height: 780 }, desktop: { width: 1440, height: 900 } };

function pages() {
  const { show, story } = showJourney();
  return { home: '/', story: `/articles/${story.slug}`, tag: `/tags/${show.id}` };
}

describe.each(Object.entries(WIDTHS))('layout at %s width', (device, viewport) => {
  it.each(Object.entries(pages()))('%s fits without sideways scrolling', async (name, path) => {
    mkdirSync(SHOTS, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, errors, context } = await openPage(env.browser, { viewport, colorScheme });
      await page.goto(env.site.url + path);
      await ready(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: join(SHOTS, `${name}-${device}-${colorScheme}.png`),
        fullPage: true,
      });
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});

describe('story text measure', () => {
  it.each(Object.entries(WIDTHS))(
    'stays within 75 characters a line at %s width',
    async (_device, viewport) => {
      const { story } = showJourney();
      const { page, context } = await openPage(env.browser, { viewport });
      await page.goto(`${env.site.url}/articles/${story.slug}`);
      await ready(page);
      // Characters per line of the longest body paragraph, from its rendered line boxes.
      const perLine = await page.evaluate(() => {
        const paragraphs = [
          ...document.querySelectorAll<HTMLParagraphElement>('main article [data-body] > p'),
        ];
        const longest = paragraphs.sort((a, b) => b.innerText.length - a.innerText.length)[0];
        if (!longest) return 0;
        const range = document.createRange();
        range.selectNodeContents(longest);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return Math.round(longest.innerText.length / tops.size);
      });
      console.info(`story body: ~${perLine} characters a line at ${viewport.width}px`);
      expect(perLine).toBeGreaterThan(0);
      expect(perLine).toBeLessThanOrEqual(75);
      if (viewport.width >= 1024) expect(perLine).toBeGreaterThanOrEqual(60);
      await context.close();
    },
  );
});
