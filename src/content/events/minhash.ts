// Near-copies: MinHash over word 3-shingles of the body. One hash per shingle spread over
// BINS bins, the least hash kept in each (one-permutation hashing, Li, Owen and Zhang 2012;
// empty bins borrowed from the next one, Shrivastava and Li 2014): the cost is one hash a
// shingle, not one per shingle and per function, which is what makes 100,000 stories cheap.
// Bands of the signature find the candidates (LSH); candidates are then checked on their
// shingles, exactly.
import { mix } from './word-hash.ts';

const SHINGLE = 3;
export const BINS = 64;
const ROWS = 5;
/**
 * 12 bands of 5 rows (60 of the 64 bins): a pair at Jaccard 0.8 shares a band 98 % of the
 * time, at 0.7 87 %, at 0.6 62 %, at 0.3 3 %. Copies that share a tag or a headline word are
 * candidates anyway; the bands are for copies the tagger read differently. More bands would
 * mostly bring templated stories, which share much boilerplate (the bench corpus: 156,000
 * more candidates at 16 bands of 4, 70,000 at these).
 */
export const BANDS = Math.floor(BINS / ROWS);
const EMPTY = 0xffffffff;

/** The distinct shingle hashes of a text's word hashes, sorted (for exact Jaccard). */
export const shinglesOf = (words: readonly number[]): Uint32Array => {
  // A shingle's hash mixes its words' hashes: no strings built per shingle.
  const hashes = new Uint32Array(Math.max(words.length - SHINGLE + 1, words.length ? 1 : 0));
  for (let i = 0; i < hashes.length; i++) {
    let h = 0x9747b28c;
    for (let k = i; k < Math.min(i + SHINGLE, words.length); k++)
      h = mix(Math.imul(h, 0x01000193) ^ words[k]!);
    hashes[i] = h;
  }
  hashes.sort();
  // Distinct values only: a repeated phrase counts once in a set.
  let n = 0;
  for (let i = 0; i < hashes.length; i++)
    if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[n++] = hashes[i]!;
  return hashes.slice(0, n);
};

export const signatureOf = (shingles: Uint32Array): Uint32Array => {
  const sig = new Uint32Array(BINS).fill(EMPTY);
  for (const h of shingles) {
    const bin = h % BINS;
    const value = mix(h ^ 0x9e3779b9);
    if (value < sig[bin]!) sig[bin] = value;
  }
  if (!shingles.length) return sig;
  // Densify: an empty bin takes the next filled bin's value (circularly), so short texts
  // still compare bin by bin.
  for (let i = 0; i < BINS; i++) {
    if (sig[i] !== EMPTY) continue;
    let j = (i + 1) % BINS;
    while (sig[j] === EMPTY) j = (j + 1) % BINS;
    sig[i] = mix(sig[j]! ^ (i + 1));
  }
  return sig;
};

/** The share of equal bins: an estimate of the Jaccard similarity of the shingle sets. */
export const estimateJaccard = (a: Uint32Array, b: Uint32Array): number => {
  let same = 0;
  for (let i = 0; i < BINS; i++) if (a[i] === b[i]) same++;
  return same / BINS;
};

/** How many hashes two sorted sets share. */
export const sharedCount = (a: Uint32Array, b: Uint32Array): number => {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return both;
};

/** Exact Jaccard similarity of two sorted sets of hashes. */
export const jaccard = (a: Uint32Array, b: Uint32Array): number => {
  if (!a.length || !b.length) return 0;
  const both = sharedCount(a, b);
  return both / (a.length + b.length - both);
};

/** The key of each band of a signature (band index folded in, so bands never collide). */
export const bandKeys = (sig: Uint32Array): number[] => {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = band + 1;
    for (let r = 0; r < ROWS; r++) h = mix(Math.imul(h, 0x01000193) ^ sig[band * ROWS + r]!);
    // 2^21 bands' worth of room: a safe integer key, band and hash together.
    keys.push(band * 2 ** 32 + h);
  }
  return keys;
};
