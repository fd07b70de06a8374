// Share card to PNG without a browser: satori lays the card out as SVG with the Nanum
// Gothic TTFs (Hangul included; this machine has no Korean system font), resvg rasterises
// it. Fonts are read once per process.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
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

/** The SVG as PNG: rasterising runs in resvg's native code. */
export const svgToPng = (svg: string) =>
  new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })
    .render()
    .asPng();

export const renderCard = async (content: CardContent) => svgToPng(await cardSvg(content));
