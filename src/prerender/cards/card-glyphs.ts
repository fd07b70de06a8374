// Which characters the card font can draw, read from the fonts' own character maps. Satori
// lays out a character the font lacks as nothing (an emoji headline drew an empty card), so
// card-content.ts keeps only what this says the font has.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';
import { CARD_FONT_FILES } from './render-card.ts';

export type CanDraw = (codePoint: number) => boolean;

const require = createRequire(import.meta.url);

const codePointsOf = async (file: string) => {
  const data = await readFile(require.resolve(file));
  const font = opentype.parse(
    data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength),
  );
  const map = font.tables.cmap.glyphIndexMap;
  return new Set(
    Object.keys(map)
      .map(Number)
      .filter((cp) => map[cp]! > 0),
  );
};

let glyphs: Promise<CanDraw> | undefined;

/**
 * True for a code point every weight of the card font draws (headlines are 800, chips 700).
 * Read once per process: parsing the three TTFs takes about a second.
 */
export const loadCardGlyphs = () =>
  (glyphs ??= Promise.all(CARD_FONT_FILES.map((f) => codePointsOf(f.file))).then((sets) => {
    const [first, ...rest] = sets;
    const common = new Set([...first!].filter((cp) => rest.every((set) => set.has(cp))));
    return (cp: number) => common.has(cp);
  }));
