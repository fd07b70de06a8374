// TF-IDF vectors of each story's headline and lead, and their cosine. The IDF is the
// corpus's: a word most stories use ("drama", "fans") counts little, a name or a number
// ("Osaka", "182,000") much. Vectors are sparse: sorted term ids and unit-length weights.

export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface TfidfModel {
  vectors: SparseVector[];
  /** Each term by id. */
  terms: string[];
  /** How many documents have each term, by id. */
  df: Int32Array;
}

/** One vector per document (a list of words); the same words in, the same numbers out. */
export const tfidfModel = (docs: readonly (readonly string[])[]): TfidfModel => {
  const termIds = new Map<string, number>();
  const counts = docs.map((words) => {
    const tf = new Map<number, number>();
    for (const w of words) {
      let id = termIds.get(w);
      if (id === undefined) termIds.set(w, (id = termIds.size));
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    return tf;
  });
  const df = new Int32Array(termIds.size);
  for (const tf of counts) for (const id of tf.keys()) df[id]!++;
  const n = docs.length;
  const vectors = counts.map((tf) => {
    const ids = Int32Array.from(tf.keys()).sort();
    const weights = new Float64Array(ids.length);
    let norm = 0;
    ids.forEach((id, i) => {
      // Sublinear term frequency and smoothed IDF (scikit-learn's defaults).
      const w = (1 + Math.log(tf.get(id)!)) * (1 + Math.log((n + 1) / (df[id]! + 1)));
      weights[i] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! / norm;
    return { ids, weights };
  });
  return { vectors, terms: [...termIds.keys()], df };
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
