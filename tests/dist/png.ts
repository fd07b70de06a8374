// Just enough PNG reading to check a share card: the signature, the IHDR chunk and the
// colour of the top-left pixel. No image library: the format is a few lines to walk.
import { inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Chunk {
  type: string;
  data: Buffer;
}

const chunks = (png: Buffer): Chunk[] => {
  const found: Chunk[] = [];
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    found.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return found;
};

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
}

/** The IHDR fields, or null when the bytes are not a PNG that starts with an IHDR chunk. */
export const pngHeader = (png: Buffer): PngHeader | null => {
  if (png.length < 33 || !png.subarray(0, 8).equals(SIGNATURE)) return null;
  const [first] = chunks(png);
  if (first?.type !== 'IHDR' || first.data.length !== 13) return null;
  return {
    width: first.data.readUInt32BE(0),
    height: first.data.readUInt32BE(4),
    bitDepth: first.data[8]!,
    colourType: first.data[9]!,
  };
};

/**
 * "#rrggbb" of the top-left pixel of an 8-bit RGB, RGBA or indexed PNG. Every PNG filter
 * leaves the first pixel of the first row as it is (no left or upper neighbour), so no
 * unfiltering; an indexed pixel is looked up in the palette (PLTE).
 */
export const topLeftColour = (png: Buffer) => {
  const header = pngHeader(png);
  if (!header || header.bitDepth !== 8 || ![2, 3, 6].includes(header.colourType)) return null;
  const idat = Buffer.concat(chunks(png).filter((c) => c.type === 'IDAT').map((c) => c.data));
  const raw = inflateSync(idat);
  if (header.colourType !== 3) return `#${raw.subarray(1, 4).toString('hex')}`;
  const palette = chunks(png).find((c) => c.type === 'PLTE')!.data;
  return `#${palette.subarray(raw[1]! * 3, raw[1]! * 3 + 3).toString('hex')}`;
};
