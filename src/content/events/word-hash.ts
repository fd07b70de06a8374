// 32-bit hashes for MinHash, and the hashes of an ASCII text's words without building a
// string per word: a body's words are needed only as shingle hashes, and those strings were
// most of the clusterer's garbage. asciiWordHashes(text) equals hashString of each word of
// wordsOf(text).

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** murmur3's finaliser: spreads the bits of a 32-bit hash. */
export const mix = (x: number): number => {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
};

/** FNV-1a, then mixed: a well-spread 32-bit hash of a string. */
export const hashString = (text: string): number => {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return mix(h);
};

const A = 65;
const Z = 90;
const LOWER_A = 97;
const LOWER_Z = 122;
const ZERO = 48;
const NINE = 57;

/** Only for ASCII text (text.ts's wordHashes decides). */
export const asciiWordHashes = (text: string): number[] => {
  const hashes: number[] = [];
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= A && c <= Z) c += LOWER_A - A;
    if ((c >= LOWER_A && c <= LOWER_Z) || (c >= ZERO && c <= NINE)) {
      h = Math.imul(h ^ c, FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      hashes.push(mix(h));
      h = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) hashes.push(mix(h));
  return hashes;
};
