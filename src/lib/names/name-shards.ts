// The tag names the search box suggests from are split by the first letter a reader types,
// so a first query fetches one small file rather than every name of every tag (a few KB
// instead of ~23 KB gzip at 10,000 stories). A tag sits in the shard of the first letter
// of every word of every name it goes by (a later word matches too: "jimin" finds
// "Park Jimin"), and a Korean name also in the shards of its family name's other
// spellings ("Yi Byung-hun" finds Lee Byung-hun). No dependencies (browser-safe).
import { SURNAMES } from './surnames.ts';

const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

/** Every shard there is, so the build writes a file for each (empty or not): no 404s. */
export const ALL_SHARDS = [
  ...'abcdefghijklmnopqrstuvwxyz0123456789',
  ...Array.from({ length: INITIALS.length }, (_, i) => `h${i}`),
  'other',
];

/** The shard of a word by its first character: a-z, 0-9, h0-h18 (Hangul initial), other. */
export const shardOf = (word: string): string => {
  const c = word[0] ?? '';
  if (/[a-z0-9]/.test(c)) return c;
  const code = c.charCodeAt(0);
  // A syllable (가-힣) by its initial consonant; while an IME composes, a bare consonant.
  if (code >= 0xac00 && code <= 0xd7a3) return `h${Math.floor((code - 0xac00) / 588)}`;
  const jamo = INITIALS.indexOf(c);
  return jamo >= 0 ? `h${jamo}` : 'other';
};

/** The shards one search key (src/lib/names/name-keys.ts searchKeys) belongs in. */
export const shardsOfKey = (key: string): string[] => {
  if (key.startsWith('k:')) {
    const surname = key.slice(2, key.indexOf('|'));
    return (SURNAMES[surname] ?? []).map((s) => shardOf(s.toLowerCase()));
  }
  return key.split(' ').map(shardOf);
};
