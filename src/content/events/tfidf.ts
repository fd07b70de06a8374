// TF-IDF vectors of each story's headline and lead, and their cosine. The IDF is the
// corpus's: a word most stories use ("drama", "fans") counts little, a name or a number
// ("Osaka", "182,000") much. Vectors are sparse: sorted term ids and unit-length weights.

export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface TfidfModel {
  vectors: SparseVector[];
  /** How many documents have each term, by id. */
  df: Int32Array;
  /** Each document's term ids, in the order of its terms. */
  docIds: Int32Array[];
}

/** A document's distinct words in order of first use, and how often each is used. */
export interface TermCounts {
  terms: readonly string[];
  counts: ArrayLike<number>;
}

export const termCounts = (words: readonly string[]): { terms: string[]; counts: number[] } => {
  const at = new Map<string, number>();
  const counts: number[] = [];
  for (const w of words) {
    const k = at.get(w);
    if (k === undefined) {
      at.set(w, counts.length);
      counts.push(1);
    } else counts[k]!++;
  }
  return { terms: [...at.keys()], counts };
};

/**
 * One vector per document (its words counted: termCounts); the same words in, the same
 * numbers out. Term ids are given in order of first use over the documents in turn.
 */
export const tfidfModel = (docs: readonly TermCounts[]): TfidfModel => {
  const termIds = new Map<string, number>();
  const docIds = docs.map(({ terms }) => {
    const ids = new Int32Array(terms.length);
    terms.forEach((w, k) => {
      let id = termIds.get(w);
      if (id === undefined) termIds.set(w, (id = termIds.size));
      ids[k] = id;
    });
    return ids;
  });
  const df = new Int32Array(termIds.size);
  for (const ids of docIds) for (const id of ids) df[id]!++;
  const n = docs.length;
  // A document's counts by term id, read in id order (written and read one document at a time).
  const tfOf = new Float64Array(termIds.size);
  const vectors = docs.map(({ counts }, d) => {
    const local = docIds[d]!;
    local.forEach((id, k) => (tfOf[id] = counts[k]!));
    const ids = local.slice().sort();
    const weights = new Float64Array(ids.length);
    let norm = 0;
    ids.forEach((id, i) => {
      // Sublinear term frequency and smoothed IDF (scikit-learn's defaults).
      const w = (1 + Math.log(tfOf[id]!)) * (1 + Math.log((n + 1) / (df[id]! + 1)));
      weights[i] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! / norm;
    return { ids, weights };
  });
  return { vectors, df, docIds };
};

export const cosine = (a: SparseVector, b: SparseVector): number => {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
};
