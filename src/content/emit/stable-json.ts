// JSON with object keys sorted, so the same content always gives the same bytes.
// Written by hand rather than with a JSON.stringify replacer: the replacer copies every
// object, which doubled the emit time at 10,000 stories.
const write = (value: unknown, cache?: WeakMap<object, string>): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const cached = cache?.get(value);
  if (cached !== undefined) return cached;
  let out: string;
  if (Array.isArray(value))
    out = `[${value.map((v) => (v === undefined ? 'null' : write(v, cache))).join(',')}]`;
  else {
    const record = value as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of Object.keys(record).sort()) {
      if (record[key] !== undefined)
        parts.push(`${JSON.stringify(key)}:${write(record[key], cache)}`);
    }
    out = `{${parts.join(',')}}`;
  }
  cache?.set(value, out);
  return out;
};

export const stableJson = (value: unknown): string => write(value);

/**
 * The same, remembering each object it wrote: a story's summary stands on its list page,
 * on every tag page of its tags and in related lists, and is written once. Only for
 * objects that do not change after they are first written.
 */
export const cachedStableJson = () => {
  const cache = new WeakMap<object, string>();
  return (value: unknown) => write(value, cache);
};
