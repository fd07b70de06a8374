// The shape of a Korean personal name in English text: a family name from the closed
// list below, then a given name of one or two romanized Hangul syllables, written
// hyphenated ("Min-young"), spaced ("Min Young") or joined ("Minyoung"). Syllables are
// checked against every Hangul syllable's Revised Romanization (es-hangul) and the usual
// other spellings of its parts (McCune-Reischauer without breves, and ad hoc: joon, hyun,
// suk, sook, kyu, young, hee). See docs/decisions/0005-entity-recognizer.md.
import { romanize } from 'es-hangul';
import { koreanKey } from '../../lib/names/name-keys.ts';
import { SURNAME_OF } from '../../lib/names/surnames.ts';

/**
 * Family names that are also English words (or read as one at the start of a sentence):
 * these need stronger evidence, a hyphenated given name or a place mid-sentence.
 */
const ENGLISH_WORD_SURNAMES = new Set(
  'song moon go ha han jang bang gong min ma woo jin do so in an ban sun son won sin ham yum oh park hong ok ye ra na gil ji chang um mo boo tae choo'.split(
    ' ',
  ),
);

export const isKoreanSurname = (word: string) => SURNAME_OF.has(word.toLowerCase());
/** The same for a word already in lowercase (a token's norm). */
export const isSurnameKey = (lowercase: string) => SURNAME_OF.has(lowercase);
export const surnameHangul = (word: string) => SURNAME_OF.get(word.toLowerCase());
export const isEnglishWordSurname = (word: string) => ENGLISH_WORD_SURNAMES.has(word.toLowerCase());

// ---- Syllable inventory -------------------------------------------------------------

const RR_PARTS =
  /^(kk|tt|pp|ss|jj|ch|g|n|d|r|m|b|s|j|k|t|p|h)?(yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|a|e|o|u|i)(ng|k|n|t|l|m|p)?$/;

const INITIAL_ALT: Record<string, string[]> = {
  g: ['g', 'k'],
  d: ['d', 't'],
  b: ['b', 'p'],
  j: ['j', 'ch'],
  r: ['r', 'l'],
  kk: ['kk', 'gg'],
  tt: ['tt', 'dd'],
  pp: ['pp', 'bb'],
};
const VOWEL_ALT: Record<string, string[]> = {
  a: ['a', 'ah'],
  eo: ['eo', 'u', 'o', 'uh'],
  yeo: ['yeo', 'yu', 'yo', 'you'],
  o: ['o', 'oh'],
  oe: ['oe', 'oi', 'we'],
  u: ['u', 'oo', 'ou'],
  wo: ['wo', 'weo'],
  wi: ['wi', 'wee'],
  yu: ['yu', 'yoo', 'you'],
  eu: ['eu', 'u'],
  ui: ['ui', 'ee', 'eui', 'i'],
  i: ['i', 'ee'],
};
/** Vowel-initial syllables as news spells them: 우 "woo", 이 "yi", 의 "eui". */
const BARE_VOWEL_ALT: Record<string, string[]> = {
  u: ['u', 'oo', 'woo', 'wu'],
  i: ['i', 'ee', 'yi'],
  eo: ['eo', 'u', 'o', 'uh'],
};
const FINAL_ALT: Record<string, string[]> = { k: ['k', 'g'], p: ['p', 'b'] };

const spellingsOf = (rr: string) => {
  const m = RR_PARTS.exec(rr);
  if (!m) return [rr];
  const [, initial = '', vowel = '', final = ''] = m;
  const initials = INITIAL_ALT[initial] ?? [initial];
  const vowels = (!initial && BARE_VOWEL_ALT[vowel]) || VOWEL_ALT[vowel] || [vowel];
  const finals = FINAL_ALT[final] ?? [final];
  const out: string[] = [];
  for (const i of initials)
    for (const v of vowels)
      for (const f of finals) {
        out.push(i + v + f);
        // "shin", "shim", "shik": s before i is often written sh.
        if (i === 's' && /^(i|y|wi)/.test(v)) out.push(`sh${v}${f}`);
      }
  return out;
};

let inventory: Set<string> | undefined;
/** Every way one Hangul syllable is spelled in Latin letters. Built once, about 60k strings. */
export const syllableInventory = () => {
  if (inventory) return inventory;
  inventory = new Set();
  for (let code = 0xac00; code <= 0xd7a3; code++) {
    for (const s of spellingsOf(romanize(String.fromCharCode(code)))) inventory.add(s);
  }
  return inventory;
};

/** Splits a lowercase word into one or two syllables of the inventory, if it can. */
const splits = new Map<string, string[] | undefined>();

export const syllables = (word: string): string[] | undefined => {
  const w = word.toLowerCase();
  if (splits.has(w)) return splits.get(w);
  const split = splitSyllables(w);
  if (splits.size < 100_000) splits.set(w, split);
  return split;
};

const splitSyllables = (w: string): string[] | undefined => {
  const set = syllableInventory();
  if (set.has(w)) return [w];
  // Prefer the split whose first syllable is longest ("minyoung" = min + young).
  for (let cut = Math.min(w.length - 1, 7); cut >= 1; cut--) {
    const a = w.slice(0, cut);
    const b = w.slice(cut);
    if (set.has(a) && set.has(b)) return [a, b];
  }
  return undefined;
};

// ---- Romanization key ----------------------------------------------------------------

export interface KoreanName {
  surname: string;
  given: string[];
  /** Same for every spelling of one name: `<Hangul surname>|<given key>`. */
  key: string;
}

const parsedNames = new Map<string, KoreanName | undefined>();

/** Parses "Lee Byung-hun", "Lee Byeong Heon", "Lee Byunghun" alike; undefined otherwise. */
export const parseKoreanName = (name: string): KoreanName | undefined => {
  if (parsedNames.has(name)) return parsedNames.get(name);
  const parsed = parseName(name);
  if (parsedNames.size < 200_000) parsedNames.set(name, parsed);
  return parsed;
};

const parseName = (name: string): KoreanName | undefined => {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3) return undefined;
  const hangul = surnameHangul(words[0]!);
  if (!hangul) return undefined;
  const parts = words.slice(1).flatMap((w) => w.split('-'));
  if (!parts.length || parts.some((p) => !p)) return undefined;
  const given =
    parts.length === 1
      ? syllables(parts[0]!)
      : parts.every((p) => syllables(p)?.length === 1)
        ? parts.map((p) => p.toLowerCase())
        : undefined;
  if (!given || given.length > 2) return undefined;
  return { surname: hangul, given, key: koreanKey(hangul, given) };
};
