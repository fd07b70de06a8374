// The share card's PNG encoder: an indexed PNG with exactly the pixels resvg drew.
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { indexedPng } from '../../src/prerender/cards/card-png.ts';
import { cardSvg } from '../../src/prerender/cards/render-card.ts';

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

describe('the share card PNG', () => {
  it('holds exactly the pixels resvg drew, Hangul and long headlines included', async () => {
    for (const content of [
      { eyebrow: 'Story', title: '지금 우리 학교는 시즌 2 촬영 시작', chips: ['박지후', 'BTS'] },
      { eyebrow: 'Show · 3 stories', title: 'A long headline '.repeat(12), chips: [] },
    ]) {
      const svg = await cardSvg(content);
      const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
      const png = indexedPng(image.pixels, image.width, image.height)!;
      expect(decodeIndexed(png).equals(image.pixels)).toBe(true);
      // Same input, same bytes: the build stays repeatable.
      expect(indexedPng(image.pixels, image.width, image.height)!.equals(png)).toBe(true);
    }
  }, 20_000);

  it('keeps transparency in the palette, and gives up past 256 colours', () => {
    const two = new Uint8Array([255, 0, 0, 255, 0, 0, 255, 128]);
    expect(decodeIndexed(indexedPng(two, 2, 1)!).equals(Buffer.from(two))).toBe(true);
    // Pixel k is red k % 256, green k >> 8: 257 colours.
    const many = new Uint8Array(257 * 4).map((_, i) =>
      i % 4 === 0 ? (i >> 2) & 255 : i % 4 === 1 ? i >> 10 : 255,
    );
    expect(indexedPng(many, 257, 1)).toBeNull();
  });
});
