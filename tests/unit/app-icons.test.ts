// The web manifest (public/manifest.webmanifest) and its icons: what a phone needs to install
// the reader, and icons that are the favicon's current drawing (scripts/make-icons.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_ICONS, drawIcon } from '../../scripts/lib/app-icons.ts';
import { pngHeader } from '../dist/png.ts';

interface WebManifest {
  name: string;
  short_name: string;
  start_url: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

const manifest = JSON.parse(readFileSync('public/manifest.webmanifest', 'utf8')) as WebManifest;
const favicon = readFileSync('public/favicon.svg', 'utf8');

describe('web manifest', () => {
  it('names the app, starts at the home page and opens standalone in the site colours', () => {
    expect(manifest).toMatchObject({
      name: 'K-Wave Reader',
      short_name: 'K-Wave',
      start_url: '/',
      display: 'standalone',
      background_color: '#ffffff',
    });
    // The brand rose of the favicon.
    expect(favicon).toContain(`fill="${manifest.theme_color}"`);
  });

  it('lists 192 and 512 px PNG icons and a maskable one, each a file of that size in public/', () => {
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of manifest.icons) {
      const header = pngHeader(readFileSync(`public${icon.src}`));
      expect(icon.type).toBe('image/png');
      expect(`${header?.width}x${header?.height}`).toBe(icon.sizes);
    }
  });

  it('is linked from the page template', () => {
    expect(readFileSync('index.html', 'utf8')).toContain(
      '<link rel="manifest" href="/manifest.webmanifest" />',
    );
  });
});

describe('app icons', () => {
  it.each(APP_ICONS)(
    'public/$file is the favicon drawn now (run scripts/make-icons.ts)',
    (icon) => {
      expect(drawIcon(favicon, icon).equals(readFileSync(`public/${icon.file}`))).toBe(true);
    },
  );
});
