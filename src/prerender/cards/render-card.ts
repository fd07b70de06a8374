// Share card to PNG without a browser: share-card.ts lays the card out, Skia (through
// @napi-rs/canvas) paints it with the Nanum Gothic TTFs (Hangul included; this machine has
// no Korean system font), card-png.ts encodes. Skia draws each glyph from its cache of
// rasterised glyphs; satori and resvg, which drew the cards before, filled every glyph's
// outline anew: 12 ms a card against ~5 (decision 0035). The fonts are registered once per
// thread (each worker of card-drawer.ts's pool registers its own).
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { CARD_FONT_FILES } from './card-fonts.ts';
import { palettePng } from './card-png.ts';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  layOutCard,
  type CardContent,
  type CardFont,
  type CardFonts,
  type CardWeight,
} from './share-card.ts';

const require = createRequire(import.meta.url);

/**
 * Each weight under a family of its own ("Card 800"): a canvas picks a face by family name
 * exactly, where one family of three files would leave the weight to Skia's matching.
 */
const family = (weight: CardWeight) => `Card ${weight}`;
const css = ({ weight, size }: CardFont) => `${size}px "${family(weight)}"`;

let registered = false;
const registerFonts = () => {
  if (registered) return;
  for (const { weight, file } of CARD_FONT_FILES)
    if (!GlobalFonts.registerFromPath(require.resolve(file), family(weight)))
      throw new Error(`share cards: could not load the font ${file}`);
  registered = true;
};

/** Widths from Skia's own measurement, and the font's ascent and descent per em. */
const fontsOf = (context: SKRSContext2D): CardFonts => {
  const width = (text: string, font: CardFont) => {
    context.font = css(font);
    return context.measureText(text).width;
  };
  context.font = css({ weight: 800, size: 100 });
  const metrics = context.measureText('K');
  return {
    width,
    ascent: metrics.fontBoundingBoxAscent / 100,
    descent: metrics.fontBoundingBoxDescent / 100,
  };
};

/** The card's pixels: 8-bit RGBA, opaque. */
export const cardPixels = (content: CardContent): Uint8Array => {
  registerFonts();
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const context = canvas.getContext('2d');
  const drawing = layOutCard(content, fontsOf(context));
  context.fillStyle = drawing.background;
  context.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  for (const { x, y, width, height, radius, colour } of drawing.boxes) {
    context.fillStyle = colour;
    context.beginPath();
    context.roundRect(x, y, width, height, radius);
    context.fill();
  }
  context.textBaseline = 'alphabetic';
  for (const { text, x, y, font, colour } of drawing.texts) {
    context.font = css(font);
    context.fillStyle = colour;
    context.fillText(text, x, y);
  }
  const pixels = canvas.data();
  return new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.length);
};

export interface DrawnCard {
  png: Uint8Array;
  /** Milliseconds of layout and painting (Skia, on this thread). */
  paintMs: number;
  /** Milliseconds of the PNG encoding. */
  encodeMs: number;
}

/** Draws one card on this thread, timing its two halves. */
export const drawCard = async (content: CardContent): Promise<DrawnCard> => {
  const started = performance.now();
  const pixels = cardPixels(content);
  const painted = performance.now();
  const png = palettePng(pixels, CARD_WIDTH, CARD_HEIGHT);
  return { png, paintMs: painted - started, encodeMs: performance.now() - painted };
};

export const renderCard = async (content: CardContent) => (await drawCard(content)).png;
