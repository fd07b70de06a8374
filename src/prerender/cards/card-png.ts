// PNG encoding for share cards. An 8-bit RGBA encoder spent more time than the painting
// itself (resvg's: ~10 of ~18 ms a card; Skia's: 25 ms). A card is a few flat colours and
// the anti-aliased edges between them (500-650 colours, most of them rare steps along a
// letter's edge), so it is written here as an indexed PNG of at most 256 colours: a quarter
// of the raw bytes, one fast run-length deflate. Deterministic: the palette is chosen by
// count, then order of first appearance, and zlib's output depends only on its input.
import { constants, crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const chunk = (type: string, data: Uint8Array) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

/** A row of the picture equal to the one above it (margins, between lines: half a card). */
const sameAsAbove = (bytes: Buffer, y: number, stride: number) =>
  y > 0 && bytes.compare(bytes, (y - 1) * stride, y * stride, y * stride, (y + 1) * stride) === 0;

/**
 * Each pixel's colour as a number (0, 1, 2, ... in order of first appearance), with the
 * colours and how many pixels of each. A row like the one above is left to be copied.
 */
const colourIds = (pixels: Int32Array, bytes: Buffer, width: number, height: number) => {
  // Up to 2^32 colours: a picture of more than 65,536 (no card) would wrap 16-bit ids.
  const ids = new Uint32Array(pixels.length);
  const idOf = new Map<number, number>();
  const colours: number[] = [];
  const counts: number[] = [];
  const repeats = new Uint8Array(height);
  for (let y = 0; y < height; y++) {
    if (sameAsAbove(bytes, y, width * 4)) {
      repeats[y] = 1;
      // Its pixels count all the same: the palette keeps the colours that cover most.
      for (let p = (y - 1) * width, end = p + width; p < end; p++) counts[ids[p]!]! += 1;
      ids.copyWithin(y * width, (y - 1) * width, y * width);
      continue;
    }
    for (let p = y * width, end = p + width; p < end;) {
      const colour = pixels[p]!;
      let run = p + 1;
      // Runs of one colour are most of a card: one lookup for each.
      while (run < end && pixels[run] === colour) run++;
      let id = idOf.get(colour);
      if (id === undefined) {
        id = colours.length;
        idOf.set(colour, id);
        colours.push(colour);
        counts.push(0);
      }
      counts[id]! += run - p;
      while (p < run) ids[p++] = id;
    }
  }
  return { ids, colours, counts, repeats };
};

/** Squared distance between two colours (red, green, blue and alpha). */
const distance = (a: number, b: number) => {
  const r = (a & 0xff) - (b & 0xff);
  const g = ((a >>> 8) & 0xff) - ((b >>> 8) & 0xff);
  const bl = ((a >>> 16) & 0xff) - ((b >>> 16) & 0xff);
  const al = (a >>> 24) - (b >>> 24);
  return r * r + g * g + bl * bl + al * al;
};

/**
 * At most 256 colours, and the palette entry of each colour id: every colour when there are
 * no more, else the 256 commonest (first seen first among equals) and, for each other
 * colour, the nearest of them. A card's colours past 256 are steps of anti-aliasing along a
 * letter's edge, each within a step or two of a kept one.
 */
const paletteOf = (colours: number[], counts: number[]) => {
  if (colours.length <= 256) return { palette: colours, entry: colours.map((_, id) => id) };
  const kept = colours
    .map((_, id) => id)
    .sort((a, b) => counts[b]! - counts[a]! || a - b)
    .slice(0, 256)
    .sort((a, b) => a - b);
  const palette = kept.map((id) => colours[id]!);
  const entry = new Array<number>(colours.length).fill(-1);
  kept.forEach((id, i) => (entry[id] = i));
  colours.forEach((colour, id) => {
    if (entry[id]! >= 0) return;
    let best = 0;
    let bestDistance = Infinity;
    for (let i = 0; i < palette.length; i++) {
      const d = distance(colour, palette[i]!);
      if (d < bestDistance) [best, bestDistance] = [i, d];
    }
    entry[id] = best;
  });
  return { palette, entry };
};

/**
 * An indexed (colour type 3) PNG of RGBA pixels: exactly those pixels when they have at
 * most 256 colours, else the nearest of their 256 commonest. Opaque pictures get no
 * transparency chunk.
 */
export const palettePng = (rgba: Uint8Array, width: number, height: number): Buffer => {
  // Signed: colours stay small integers to the engine (unsigned ones over 2^31 do not).
  const pixels = new Int32Array(rgba.buffer, rgba.byteOffset, width * height);
  const bytes = Buffer.from(rgba.buffer, rgba.byteOffset, width * height * 4);
  const { ids, colours, counts, repeats } = colourIds(pixels, bytes, width, height);
  const { palette, entry } = paletteOf(colours, counts);
  const table = Uint8Array.from(entry);
  // One filter byte (0, none: the best filter for indexed rows) before each row.
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0, at = 0; y < height; y++) {
    raw[at++] = 0;
    if (repeats[y]) raw.copyWithin(at, at - width - 1, at - 1);
    else for (let p = y * width, end = p + width, o = at; p < end; p++) raw[o++] = table[ids[p]!]!;
    at += width;
  }
  // Pixels are little-endian RGBA in memory: byte 0 is red.
  const rgb = new Uint8Array(palette.length * 3);
  const alpha = new Uint8Array(palette.length);
  palette.forEach((colour, i) => {
    rgb[i * 3] = colour & 0xff;
    rgb[i * 3 + 1] = (colour >>> 8) & 0xff;
    rgb[i * 3 + 2] = (colour >>> 16) & 0xff;
    alpha[i] = colour >>> 24;
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // bit depth 8, indexed colour, deflate, no interlace
  const opaque = alpha.every((a) => a === 255);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', rgb),
    ...(opaque ? [] : [chunk('tRNS', alpha)]),
    // Run-length matching only: under a millisecond and ~26 kB a card, where level 9 took
    // 38 ms for 16 kB and resvg's RGBA encoder 11 ms for 43 kB.
    chunk('IDAT', deflateSync(raw, { level: 9, strategy: constants.Z_RLE })),
    chunk('IEND', new Uint8Array(0)),
  ]);
};
