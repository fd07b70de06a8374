// Share card to PNG without a browser: satori lays the card out as SVG with the Nanum
// Gothic TTFs (Hangul included; this machine has no Korean system font), resvg rasterises
// it, card-png.ts encodes. Fonts are read once per thread (each worker of card-pool.ts
// has its own), and satori parses them once for the same array.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { indexedPng } from './card-png.ts';
import { CARD_HEIGHT, CARD_WIDTH, ShareCard, type CardContent } from './share-card.tsx';

const require = createRequire(import.meta.url);
export const CARD_FONT_FILES = [
  { weight: 400, file: '@expo-google-fonts/nanum-gothic/400Regular/NanumGothic_400Regular.ttf' },
  { weight: 700, file: '@expo-google-fonts/nanum-gothic/700Bold/NanumGothic_700Bold.ttf' },
  {
    weight: 800,
    file: '@expo-google-fonts/nanum-gothic/800ExtraBold/NanumGothic_800ExtraBold.ttf',
  },
] as const;

type Font = { name: string; data: Buffer; weight: 400 | 700 | 800; style: 'normal' };
let fonts: Promise<Font[]> | undefined;
const loadFonts = () =>
  (fonts ??= Promise.all(
    CARD_FONT_FILES.map(async ({ weight, file }) => ({
      name: 'Nanum Gothic',
      data: await readFile(require.resolve(file)),
      weight,
      style: 'normal' as const,
    })),
  ));

/** The card as SVG: layout and text shaping (JavaScript, on this thread). */
export const cardSvg = async (content: CardContent) =>
  satori(ShareCard(content), {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await loadFonts(),
  });

/**
 * The SVG as PNG: resvg rasterises (text is already paths: satori drew the glyphs), then
 * the pixels are written as an indexed PNG, or by resvg's encoder past 256 colours.
 */
export const svgToPng = (svg: string): Uint8Array => {
  const image = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false },
  }).render();
  return indexedPng(image.pixels, image.width, image.height) ?? image.asPng();
};

export interface DrawnCard {
  png: Uint8Array;
  /** Milliseconds of satori layout (this card's SVG). */
  layoutMs: number;
  /** Milliseconds from SVG to PNG bytes: resvg's raster and the PNG encoding. */
  rasterMs: number;
}

/** Draws one card on this thread, timing its two halves. */
export const drawCard = async (content: CardContent): Promise<DrawnCard> => {
  const started = performance.now();
  const svg = await cardSvg(content);
  const laidOut = performance.now();
  const png = svgToPng(svg);
  return { png, layoutMs: laidOut - started, rasterMs: performance.now() - laidOut };
};

export const renderCard = async (content: CardContent) => (await drawCard(content)).png;
