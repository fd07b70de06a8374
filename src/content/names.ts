// Name matching on word boundaries. A name is a sequence of word tokens; hyphens and
// spaces are both boundaries, so "Lee Jae-kyu" and "Lee Jae Kyu" are the same name,
// and "Lee Jaekyu" is added as a variant. Case is ignored, but the first letter of a
// match in the text must be a capital (or a letter with no case, like Hangul), so the
// song "Seven" never matches "seven days".

export interface Token {
  norm: string;
  raw: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

export const tokenize = (text: string): Token[] =>
  Array.from(text.matchAll(WORD), (m) => ({
    norm: m[0].toLowerCase(),
    raw: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));

export const nameKey = (name: string) => tokenize(name.normalize('NFC')).map((t) => t.norm).join(' ');

/** The keys a name is matched by: as written, and with hyphenated parts joined. */
export const nameVariants = (name: string) => {
  const keys = new Set([nameKey(name)]);
  if (name.includes('-')) keys.add(nameKey(name.replace(/(?<=\p{L})-(?=\p{L})/gu, '')));
  return [...keys].filter(Boolean);
};

const startsCapitalOrUncased = (raw: string) => {
  const first = raw[0] ?? '';
  return first !== first.toLowerCase() || first === first.toUpperCase();
};

export interface NameIndex<T> {
  byFirst: Map<string, { tokens: string[]; values: T[] }[]>;
}

export const createNameIndex = <T>(entries: Iterable<[name: string, value: T]>): NameIndex<T> => {
  const byKey = new Map<string, T[]>();
  for (const [name, value] of entries) {
    for (const key of nameVariants(name)) {
      const values = byKey.get(key) ?? [];
      if (!values.includes(value)) values.push(value);
      byKey.set(key, values);
    }
  }
  const byFirst = new Map<string, { tokens: string[]; values: T[] }[]>();
  for (const [key, values] of byKey) {
    const tokens = key.split(' ');
    const list = byFirst.get(tokens[0]!) ?? [];
    list.push({ tokens, values });
    byFirst.set(tokens[0]!, list);
  }
  // Longest names first, so "Park Jimin" wins over "Jimin".
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byFirst };
};

export interface Match<T> {
  key: string;
  values: T[];
  start: number;
  end: number;
}

/** Longest, non-overlapping matches of indexed names in one line of text. */
export const findNames = <T>(index: NameIndex<T>, text: string): Match<T>[] => {
  const tokens = tokenize(text);
  const matches: Match<T>[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    const candidates = startsCapitalOrUncased(token.raw) ? index.byFirst.get(token.norm) : undefined;
    const hit = candidates?.find((c) => c.tokens.every((t, k) => tokens[i + k]?.norm === t));
    if (hit) {
      const last = tokens[i + hit.tokens.length - 1]!;
      matches.push({ key: hit.tokens.join(' '), values: hit.values, start: token.start, end: last.end });
      i += hit.tokens.length;
    } else i++;
  }
  return matches;
};

/** The values indexed under exactly this name, if any. */
export const lookupName = <T>(index: NameIndex<T>, name: string): T[] | undefined => {
  for (const key of nameVariants(name)) {
    const tokens = key.split(' ');
    const hit = index.byFirst.get(tokens[0]!)?.find((c) => c.tokens.join(' ') === key);
    if (hit) return hit.values;
  }
  return undefined;
};
