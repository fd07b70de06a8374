// How a name is normalised for matching, in one place for the tagger (build time) and
// the search box (in the browser): "Lee Jae-kyu", "Lee Jae Kyu" and "lee jae kyu" are one
// key; "Rosé" and "Rose" fold together; a Korean personal name also gets a romanization
// key, so "Yu Seung-jun" meets "Yoo Seung-jun". No dependencies (browser-safe).
import { SURNAME_OF } from './surnames.ts';

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a name, lowercase: "Lee Jae-kyu" -> ["lee", "jae", "kyu"]. */
export const nameTokens = (text: string): string[] =>
  text.normalize('NFC').toLowerCase().match(WORD) ?? [];

/**
 * Accents off, Hangul kept: NFD splits "é" into "e" and a combining mark; Hangul
 * syllables also split (into jamo, which are letters, not marks) and NFC puts them back.
 */
export const foldDiacritics = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/**
 * One key for the spellings of a given name across romanization systems: Revised
 * (Byeong-heon), McCune-Reischauer without breves and ad hoc (Byung-hun) meet on one
 * form. Lossy on purpose (eo/u/oo, k/g, ee/ui), but syllable consonants and o/u stay
 * apart, so Min-ho and Min-hyuk, Ji-won and Ji-woon stay two names.
 */
export const syllableKey = (syllable: string) =>
  syllable
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z]/g, '')
    .replace(/([aeiouy])h$/, '$1')
    .replace(/sh/g, 's')
    .replace(/weo/g, 'wo')
    .replace(/eui/g, 'ui')
    .replace(/ee/g, 'i')
    .replace(/ui/g, 'i')
    .replace(/oo|ou|eo/g, 'u')
    .replace(/^wu/, 'u')
    .replace(/oi/g, 'oe')
    .replace(/^yi$/, 'i')
    .replace(/k/g, 'g');

export const givenNameKey = (given: string[]) => given.map(syllableKey).join('');

/** The romanization key of a Korean name's parts: `<Hangul surname>|<given key>`. */
export const koreanKey = (surnameHangul: string, given: string[]) =>
  `${surnameHangul}|${givenNameKey(given)}`;

/**
 * The romanization key of what a reader typed, when it reads as a family name and
 * syllables written apart ("Yu Seung-jun", "yoo seung jun", "Yoo Seu"); undefined
 * otherwise. Unlike the tagger's parser it does not check the syllables against the
 * Hangul inventory (too big for the browser): a key that matches nothing costs nothing.
 */
export const typedKoreanKey = (typed: string): string | undefined => {
  const [surname, ...given] = nameTokens(foldDiacritics(typed.replace(/-/g, ' ')));
  const hangul = surname && SURNAME_OF.get(surname);
  if (!hangul || given.length === 0 || given.length > 2) return undefined;
  return koreanKey(hangul, given);
};

/** The keys a reader's words are matched by: as typed (folded), hyphens joined, Korean key. */
export const searchKeys = (text: string): string[] => {
  const folded = foldDiacritics(text);
  const keys = new Set([nameTokens(folded).join(' ')]);
  if (/\p{L}-\p{L}/u.test(folded))
    keys.add(nameTokens(folded.replace(/(?<=\p{L})-(?=\p{L})/gu, '')).join(' '));
  const korean = typedKoreanKey(text);
  if (korean) keys.add(`k:${korean}`);
  keys.delete('');
  return [...keys];
};
