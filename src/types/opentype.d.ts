// The one part of opentype.js (2.0, which ships no types) the share cards use: a font's
// character map, from code point to glyph index.
declare module 'opentype.js' {
  interface Font {
    tables: { cmap: { glyphIndexMap: Record<number, number> } };
  }
  const opentype: { parse(buffer: ArrayBufferLike): Font };
  export default opentype;
}
