// Finds Korean personal names in a line of English text by their shape (see
// korean-names.ts), with the guards that keep ordinary words out: family names that are
// English words ("Song", "Moon", "Go") need a hyphenated given name, or two given-name
// syllables away from the start of a sentence and outside a Title Case headline; places
// and common Korean words ("Seoul", "Hallyu") are never given names.
import type { Token } from '../names/names.ts';
import {
  isEnglishWordSurname,
  isSurnameKey,
  parseKoreanName,
  syllables,
} from '../names/korean-names.ts';
import { NOT_GIVEN_NAMES } from './lexicon/korean-words.ts';

const isCapitalized = (raw: string) => /^\p{Lu}\p{Ll}*$/u.test(raw);

export interface NameSpan {
  /** The name as written ("Lee Byung-hun"). */
  text: string;
  key: string;
  start: number;
  end: number;
  /** Index of the first and one past the last token of the span. */
  from: number;
  to: number;
  /** Shape alone is enough to call it a name (false: only a known name may use it). */
  sure: boolean;
}

export interface LineShape {
  text: string;
  tokens: Token[];
  /** A Title Case line (a headline): capitals say nothing there. */
  titleCase: boolean;
}

/** Whether a token starts a sentence: nothing but quotes or brackets before it since . ! ? : */
export const startsSentence = (text: string, start: number) => {
  const before = text.slice(Math.max(0, start - 12), start);
  return (
    /(^|[.!?:;—]\s*)["“‘'([]*\s*$/u.test(before) ||
    // Quoted speech starts a sentence: said, "Nevertheless, ..."
    /["“‘]\s*$/u.test(before) ||
    /^\s*["“‘'([]*\s*$/u.test(text.slice(0, start))
  );
};

const gap = (text: string, a: Token, b: Token) => text.slice(a.end, b.start);

const candidate = (line: LineShape, i: number) => {
  const { text, tokens } = line;
  const surname = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || gap(text, surname, next) !== ' ' || !/^\p{Lu}/u.test(next.raw)) return undefined;
  const third = tokens[i + 2];
  // Hyphenated: Min-young. Spaced: Min Young. Joined: Minyoung.
  if (
    third &&
    gap(text, next, third) === '-' &&
    syllables(next.raw)?.length === 1 &&
    syllables(third.raw)?.length === 1
  )
    return { to: i + 3, hyphen: true };
  if (
    third &&
    gap(text, next, third) === ' ' &&
    isCapitalized(next.raw) &&
    isCapitalized(third.raw) &&
    syllables(next.raw)?.length === 1 &&
    syllables(third.raw)?.length === 1
  )
    return { to: i + 3, hyphen: false };
  if (isCapitalized(next.raw) && syllables(next.raw)) return { to: i + 2, hyphen: false };
  return undefined;
};

/**
 * Korean personal names on a line, by their shape. `known` holds the one-word names the
 * knowledge gives networks, agencies and groups ("tvN", "HYBE", "EXO"): never a given name.
 */
export const findKoreanNames = (
  line: LineShape,
  known: ReadonlySet<string> = new Set(),
): NameSpan[] => {
  const { text, tokens } = line;
  const notGiven = (w: string) => NOT_GIVEN_NAMES.has(w) || known.has(w);
  const spans: NameSpan[] = [];
  // Tokens inside an earlier candidate that shape alone did not confirm ("Go Youn Jung"
  // in a headline): a name starting there needs a hyphen to be sure.
  let doubtfulUntil = -1;
  for (let i = 0; i < tokens.length - 1; i++) {
    const surname = tokens[i]!;
    if (!isSurnameKey(surname.norm) || !isCapitalized(surname.raw)) continue;
    const found = candidate(line, i);
    if (!found) continue;
    const last = tokens[found.to - 1]!;
    const written = text.slice(surname.start, last.end);
    const parsed = parseKoreanName(written);
    if (!parsed) continue;
    const givenWords = tokens.slice(i + 1, found.to).map((t) => t.norm);
    const twoSyllables = parsed.given.length === 2;
    const englishSurname = isEnglishWordSurname(surname.raw);
    const blocked =
      givenWords.some(notGiven) ||
      notGiven(givenWords.join('')) ||
      parsed.given.includes(surname.norm);
    // Right after it, another letter run glued by a hyphen or an apostrophe: not a name.
    const glued =
      /^[-’'][\p{L}](?!\b)/u.test(text.slice(last.end)) && !/^['’]s\b/u.test(text.slice(last.end));
    const sure =
      !blocked &&
      !glued &&
      (i >= doubtfulUntil || found.hyphen) &&
      (found.hyphen
        ? true
        : englishSurname
          ? twoSyllables && !line.titleCase && !startsSentence(text, surname.start)
          : twoSyllables || (!line.titleCase && !startsSentence(text, surname.start)));
    spans.push({
      text: written,
      key: parsed.key,
      start: surname.start,
      end: last.end,
      from: i,
      to: found.to,
      sure,
    });
    if (sure) i = found.to - 1;
    else doubtfulUntil = Math.max(doubtfulUntil, found.to);
  }
  return spans;
};
