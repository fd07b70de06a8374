// Name matching on word boundaries. A name is a sequence of word tokens; hyphens and
// spaces are both boundaries, so "Lee Jae-kyu" and "Lee Jae Kyu" are the same name,
// and "Lee Jaekyu" is added as a variant. Case is ignored, but the first letter of a
// match in the text must be a capital (or a letter with no case, like Hangul), so the
// song "Seven" never matches "seven days".

import { nameTokens } from '../../lib/names/name-keys.ts';

export interface Token {
  norm: string;
  raw: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[A-Za-z0-9]+/g;
// eslint-disable-next-line no-control-regex -- plain ASCII is exactly what it tests for
const ASCII = /^[\x00-\x7f]*$/;

export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  // Most lines are plain ASCII: a simpler pattern is several times faster there.
  const pattern = ASCII.test(text) ? ASCII_WORD : WORD;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const raw = m[0];
    tokens.push({ norm: raw.toLowerCase(), raw, start: m.index, end: m.index + raw.length });
  }
  return tokens;
};

const keys = new Map<string, string>();

/** A name's tokens, lowercase, joined by spaces: "Lee Jae-kyu" -> "lee jae kyu". */
export const nameKey = (name: string) => {
  let key = keys.get(name);
  if (key === undefined) {
    key = nameTokens(name).join(' ');
    if (keys.size > 200_000) keys.clear();
    keys.set(name, key);
  }
  return key;
};

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
  byKey: Map<string, T[]>;
  /** Keys of names written lowercase on purpose ("aespa"), which match in lowercase too. */
  lowercase: Set<string>;
  /** For each first token, the token counts of the names starting with it, longest first. */
  lengthsByFirst: Map<string, number[]>;
}

export const createNameIndex = <T>(entries: Iterable<[name: string, value: T]>): NameIndex<T> => {
  const byKey = new Map<string, T[]>();
  const lowercase = new Set<string>();
  for (const [name, value] of entries) {
    for (const key of nameVariants(name)) {
      if (!startsCapitalOrUncased(name.trim())) lowercase.add(key);
      const values = byKey.get(key) ?? [];
      if (!values.includes(value)) values.push(value);
      byKey.set(key, values);
    }
  }
  const lengthsByFirst = new Map<string, number[]>();
  for (const key of byKey.keys()) {
    const tokens = key.split(' ');
    const lengths = lengthsByFirst.get(tokens[0]!) ?? [];
    if (!lengths.includes(tokens.length)) lengths.push(tokens.length);
    lengthsByFirst.set(tokens[0]!, lengths);
  }
  // Longest names first, so "Park Jimin" wins over "Jimin".
  for (const lengths of lengthsByFirst.values()) lengths.sort((a, b) => b - a);
  return { byKey, lowercase, lengthsByFirst };
};

export interface Match<T> {
  key: string;
  values: T[];
  start: number;
  end: number;
  /** Index of the match's first token. */
  token: number;
}

/** Longest, non-overlapping matches of indexed names in one line of text. */
export const findNames = <T>(index: NameIndex<T>, text: string | Token[]): Match<T>[] => {
  const tokens = typeof text === 'string' ? tokenize(text) : text;
  const matches: Match<T>[] = [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!;
    const lengths = index.lengthsByFirst.get(token.norm);
    let hit: { key: string; values: T[]; length: number } | undefined;
    if (lengths) {
      const capital = startsCapitalOrUncased(token.raw);
      // Keys grow one token at a time; the longest that is indexed wins.
      const longest = Math.min(lengths[0]!, tokens.length - i);
      let key = token.norm;
      for (let length = 1; length <= longest; length++) {
        if (length > 1) key += ` ${tokens[i + length - 1]!.norm}`;
        if (!lengths.includes(length)) continue;
        const values = index.byKey.get(key);
        if (values && (capital || index.lowercase.has(key))) hit = { key, values, length };
      }
    }
    if (hit) {
      const last = tokens[i + hit.length - 1]!;
      matches.push({
        key: hit.key,
        values: hit.values,
        start: token.start,
        end: last.end,
        token: i,
      });
      i += hit.length;
    } else i++;
  }
  return matches;
};

/** The values indexed under exactly this name, if any. */
export const lookupName = <T>(index: NameIndex<T>, name: string): T[] | undefined => {
  for (const key of nameVariants(name)) {
    const values = index.byKey.get(key);
    if (values) return values;
  }
  return undefined;
};
