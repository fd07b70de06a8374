// JSON with object keys sorted, so the same content always gives the same bytes.
// Written by hand rather than with a JSON.stringify replacer: the replacer copies every
// object, which doubled the emit time at 10,000 stories.
interface Cache {
  map: WeakMap<object, string>;
  worth: (value: object) => boolean;
}

const write = (value: unknown, cache?: Cache): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const remember = cache?.worth(value) ? cache : undefined;
  const cached = remember?.map.get(value);
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
  remember?.map.set(value, out);
  return out;
};

export const stableJson = (value: unknown): string => write(value);

/**
 * The same, remembering the objects `worth` picks: a story's summary stands on its list
 * page and on every tag page of its tags, and is written once. Only for objects that do
 * not change after they are first written; remembering every object cost more than it saved.
 */
export const cachedStableJson = (worth: (value: object) => boolean) => {
  const cache = { map: new WeakMap<object, string>(), worth };
  return (value: unknown) => write(value, cache);
};
