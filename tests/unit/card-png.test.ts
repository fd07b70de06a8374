// The share card's PNG encoder: an indexed PNG with the pixels Skia painted, each one
// exactly, or the nearest of the 256 commonest colours when a card has more.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { palettePng } from '../../src/prerender/cards/card-png.ts';
import { cardPixels } from '../../src/prerender/cards/render-card.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/prerender/cards/share-card.ts';

/** RGBA pixels of an 8-bit indexed PNG whose rows all use filter 0 (what card-png writes). */
const decodeIndexed = (png: Buffer) => {
  const chunks = new Map<string, Buffer[]>();
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    chunks.set(type, [...(chunks.get(type) ?? []), png.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  const header = chunks.get('IHDR')![0]!;
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  expect([header[8], header[9]]).toEqual([8, 3]);
  const palette = chunks.get('PLTE')![0]!;
  expect(palette.length).toBeLessThanOrEqual(256 * 3);
  const alpha = chunks.get('tRNS')?.[0];
  const raw = inflateSync(Buffer.concat(chunks.get('IDAT')!));
  const out = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const i = raw[y * (width + 1) + 1 + x]!;
      const o = (y * width + x) * 4;
      palette.copy(out, o, i * 3, i * 3 + 3);
      out[o + 3] = alpha?.[i] ?? 255;
    }
  }
  return out;
};

/** How far each decoded pixel is from the painted one: the largest step of any channel. */
const largestStep = (a: Uint8Array, b: Uint8Array) => {
  let most = 0;
  for (let i = 0; i < a.length; i++) most = Math.max(most, Math.abs(a[i]! - b[i]!));
  return most;
};

/** The share of pixels decoded exactly as painted. */
const exactShare = (decoded: Buffer, painted: Uint8Array) => {
  const a = new Uint32Array(decoded.buffer, decoded.byteOffset, decoded.length / 4);
  const b = new Uint32Array(painted.buffer, painted.byteOffset, painted.length / 4);
  return a.filter((pixel, i) => pixel === b[i]).length / a.length;
};

describe('the share card PNG', () => {
  it('keeps the painted card within a few steps of anti-aliasing, Hangul and long headlines included', () => {
    for (const content of [
      { eyebrow: 'Story', title: '지금 우리 학교는 시즌 2 촬영 시작', chips: ['박지후', 'BTS'] },
      { eyebrow: 'Show · 3 stories', title: 'A long headline '.repeat(12), chips: [] },
    ]) {
      const pixels = cardPixels(content);
      const png = palettePng(pixels, CARD_WIDTH, CARD_HEIGHT);
      const decoded = decodeIndexed(png);
      // 6 and 12 steps of 255 measured: an edge pixel a shade off.
      expect(largestStep(decoded, pixels)).toBeLessThanOrEqual(16);
      // The flat colours (background, chips, most of each letter) are exact.
      expect(exactShare(decoded, pixels)).toBeGreaterThan(0.99);
      // Same input, same bytes: the build stays repeatable.
      expect(palettePng(pixels, CARD_WIDTH, CARD_HEIGHT).equals(png)).toBe(true);
    }
  }, 20_000);

  it('writes pictures of up to 256 colours exactly, transparency included', () => {
    const two = new Uint8Array([255, 0, 0, 255, 0, 0, 255, 128]);
    expect(decodeIndexed(palettePng(two, 2, 1)).equals(Buffer.from(two))).toBe(true);
  });

  it('past 256 colours keeps the commonest and sends each other to the nearest', () => {
    // 256 greys, two pixels each, then 88 pixels of blue; pixel 0 takes an odd colour
    // instead of its grey: 258 colours, of which grey 0 and the odd one are the rarest.
    const width = 600;
    const rgba = new Uint8Array(width * 4);
    for (let p = 0; p < width; p++) {
      const grey = p < 512 ? p >> 1 : 0;
      const colour = p < 512 ? [grey, grey, grey, 255] : [0, 0, 255, 255];
      rgba.set(colour, p * 4);
    }
    // The odd colour is close to grey 100: it goes to grey 100's entry (grey 0 to grey 1's).
    rgba.set([101, 100, 99, 255], 0);
    const decoded = decodeIndexed(palettePng(rgba, width, 1));
    expect([...decoded.subarray(0, 4)]).toEqual([100, 100, 100, 255]);
    expect([...decoded.subarray(599 * 4)]).toEqual([0, 0, 255, 255]);
    expect(largestStep(decoded, rgba)).toBeLessThanOrEqual(2);
  });
});
