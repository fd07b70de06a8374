// Which characters the card font can draw, read from the fonts' own character maps. A
// character the font lacks would be drawn from whatever system font has it (a card that
// differs from machine to machine) or as nothing (an emoji headline drew an empty card), so
// card-content.ts keeps only what this says the font has.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { hashOf } from '../../build/build-manifest.ts';
import { CARD_FONT_FILES } from './card-fonts.ts';

export type CanDraw = (codePoint: number) => boolean;

const require = createRequire(import.meta.url);
const opentypeVersion = (require('opentype.js/package.json') as { version: string }).version;

const parsedCodePoints = async (data: Buffer) => {
  // Loaded only to read a font not read before (0.2 s to load).
  const { default: opentype } = await import('opentype.js');
  const font = opentype.parse(
    data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength),
  );
  const map = font.tables.cmap.glyphIndexMap;
  return Object.keys(map)
    .map(Number)
    .filter((cp) => map[cp]! > 0);
};

/**
 * A font's code points, kept in node_modules/.cache/kwave-glyphs by the hash of its bytes:
 * parsing the three fonts cost ~0.3 s of every build that draws or places a card.
 */
const codePointsOf = async (file: string) => {
  const data = await readFile(require.resolve(file));
  // The reader's version and the rule of parsedCodePoints are in the name: either changed,
  // the fonts are read again.
  const name = hashOf(data, opentypeVersion, String(parsedCodePoints));
  const cached = join(process.cwd(), 'node_modules/.cache/kwave-glyphs', `${name}.json`);
  try {
    const points: unknown = JSON.parse(await readFile(cached, 'utf8'));
    if (!Array.isArray(points) || !points.length) throw new Error(`${cached}: no code points`);
    return new Set(points as number[]);
  } catch {
    const points = await parsedCodePoints(data);
    await mkdir(dirname(cached), { recursive: true });
    // Written beside and renamed: a reader never sees half a list.
    await writeFile(`${cached}.${process.pid}`, JSON.stringify(points));
    await rename(`${cached}.${process.pid}`, cached);
    return new Set(points);
  }
};

let glyphs: Promise<CanDraw> | undefined;

/**
 * True for a code point every weight of the card font draws (headlines are 800, chips 700).
 * Read once per process.
 */
export const loadCardGlyphs = () =>
  (glyphs ??= Promise.all(CARD_FONT_FILES.map((f) => codePointsOf(f.file))).then((sets) => {
    const [first, ...rest] = sets;
    const common = new Set([...first!].filter((cp) => rest.every((set) => set.has(cp))));
    return (cp: number) => common.has(cp);
  }));
