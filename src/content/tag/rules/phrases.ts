// Shared by the rules: how a name or a title is read off the text at a position.
import { ROLE_WORDS } from '../lexicon/roles.ts';
import { CALENDAR } from '../lexicon/calendar.ts';
import { NOT_NAMES } from '../lexicon/not-names.ts';
import { STOP } from '../lexicon/stop-words.ts';
import type { RuleLine } from './rule.ts';

/** A role word, hyphenated ones too: "Singer-songwriter", "actor-director". */
export const isRoleWord = (word: string) =>
  word
    .toLowerCase()
    .split('-')
    .every((part) => ROLE_WORDS.has(part));

const WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{M}\p{N}’'.&]*(?:-[\p{L}\p{N}]+)*`;
const RUN = new RegExp(String.raw`^${WORD}(?:[ \t]+${WORD})*`, 'u');

/** The run of capitalised words starting at `start`, at most `max` words, stop words trimmed. */
export const capitalizedRun = (text: string, start: number, max = 3) => {
  const m = RUN.exec(text.slice(start));
  if (!m) return undefined;
  const all = m[0].split(/[ \t]+/);
  // A possessive ends the name: "Take That’s Gary Barlow" -> "Take That".
  const possessive = all.findIndex((w) => /['’]s$/u.test(w));
  const words = (possessive >= 0 ? all.slice(0, possessive + 1) : all).slice(0, max);
  while (words.length && (STOP.has(words[0]!) || isRoleWord(words[0]!))) words.shift();
  const cut = words.findIndex((w, i) => i > 0 && STOP.has(w));
  // An initial inside a name keeps its full stop ("Donald E. Westlake"); the last word
  // loses what ends the sentence or the possessive.
  const kept = (cut > 0 ? words.slice(0, cut) : words).map((w, i, all) =>
    w.replace(i === all.length - 1 ? /['’]s$|[.,’']+$/u : /['’]s$|[,’']+$/u, ''),
  );
  const name = kept.join(' ').trim();
  if (!name) return undefined;
  const offset = m[0].indexOf(kept[0]!);
  return { name, start: start + offset, end: start + offset + name.length };
};

/** The name that starts at `start`: a Korean name by shape, or a run of capitalised words. */
export const nameAt = (line: RuleLine, start: number, max = 3, evenInHeadline = false) => {
  const korean = line.names.find((n) => n.sure && n.start === start);
  if (korean) return { name: korean.text, start: korean.start, end: korean.end };
  return capitalizedRun(
    line.text,
    start,
    line.titleCase && !evenInHeadline ? Math.min(max, 2) : max,
  );
};

const ENDINGS = new Map<number, RegExp>();
const nameEnding = (max: number) => {
  let pattern = ENDINGS.get(max);
  if (!pattern) {
    pattern = new RegExp(String.raw`(?:${WORD}[ \t]+){0,${max - 1}}${WORD}$`, 'u');
    ENDINGS.set(max, pattern);
  }
  return pattern;
};

/** The name that ends at `end` (right before a marker such as " (" or "'s"). */
export const nameBefore = (line: RuleLine, end: number, max = 3) => {
  const korean = line.names.find((n) => n.sure && n.end === end);
  if (korean) return { name: korean.text, start: korean.start, end: korean.end };
  // A short window: a name is a few words, and a scan of the whole line prefix per call
  // made long lines quadratic.
  const before = line.text.slice(Math.max(0, end - 120), end);
  const m = nameEnding(max).exec(before);
  if (!m) return undefined;
  let words = m[0].split(/[ \t]+/);
  // A full stop after a word of two letters or more ends a sentence: "... and Dal. Seoa" is
  // Seoa (an initial keeps its stop: "Donald E. Westlake").
  const lastStop = words.findLastIndex((w, i) => i < words.length - 1 && /\p{L}{2,}\.$/u.test(w));
  if (lastStop >= 0) words = words.slice(lastStop + 1);
  while (words.length > 1 && (STOP.has(words[0]!) || isRoleWord(words[0]!))) words.shift();
  const name = words.join(' ');
  if (STOP.has(name) || isRoleWord(name)) return undefined;
  return { name, start: end - name.length, end };
};

export const looksLikeTitle = (title: string, lowercaseOk = false) => {
  const t = title.trim();
  if (!t || /[.!?,;:]$/.test(t) || (!lowercaseOk && !/^[\p{Lu}\p{N}]/u.test(t))) return false;
  const words = t.split(/\s+/);
  if (words.length > 8) return false;
  const capitalized = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return words.length <= 2 || capitalized / words.length >= 0.5;
};

export interface QuotedTitle {
  /** The title, trimmed of the comma or period American style puts inside quotes. */
  title: string;
  start: number;
  end: number;
  /** Where the quote marks end. */
  quoteEnd: number;
  /** Whether punctuation stood inside the closing quote ("Rover,"). */
  clipped: boolean;
}

const quotesByText = new Map<string, QuotedTitle[]>();

/** Quoted strings of a line, as title candidates (several rules ask; read once per text). */
export const quotedStrings = (text: string): QuotedTitle[] => {
  if (!/["“‘']/.test(text)) return [];
  let quotes = quotesByText.get(text);
  if (!quotes) {
    if (quotesByText.size > 5_000) quotesByText.clear();
    quotes = readQuotes(text);
    quotesByText.set(text, quotes);
  }
  return quotes;
};

const readQuotes = (text: string): QuotedTitle[] =>
  Array.from(text.matchAll(QUOTED), (m) => {
    const raw = m[1] ?? m[2] ?? m[3] ?? '';
    const trimmed = raw.trim();
    const title = trimmed.replace(/[,.]$/, '').trim();
    const start = m.index + m[0].indexOf(raw) + (raw.length - raw.trimStart().length);
    return {
      title,
      start,
      end: start + title.length,
      quoteEnd: m.index + m[0].length,
      clipped: title !== trimmed,
    };
  });

export const QUOTED =
  /[“"]([^“”"\n]{1,80})[”"]|‘([^‘’\n]{1,60})’(?!\p{L})|(?<![\p{L}])'([^'\n]{1,60})'(?![\p{L}])/gu;

/** The sentence of a line that holds `index`: from the last . ! ? before it to the next. */
export const sentenceAround = (text: string, index: number) => {
  const ends = /[.!?](?=\s+[\p{Lu}"“‘'])/gu;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(ends)) {
    if (m.index < index) from = m.index + 1;
    else {
      to = m.index + 1;
      break;
    }
  }
  return { from, to, text: text.slice(from, to) };
};

const SMALL = new Set('of the a an in on to and for at from my your our'.split(' '));
const TITLE_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}’'!?:&.+-]*$/u;

/** The title words from `at`: capitalised words and small words between them. */
export const titleWordsAt = (text: string, at: number, max = 8) => {
  const words = text.slice(at).split(/[ \t]+/);
  const kept: string[] = [];
  for (const w of words.slice(0, max)) {
    const clean = w.replace(/[,.;:)”"’']+$|['’]s$/u, '');
    // "appeared in Des Moines on Friday": a date ends the title.
    if (kept.length && CALENDAR.includes(clean)) break;
    if (TITLE_WORD.test(clean)) kept.push(clean);
    else if (SMALL.has(w)) kept.push(w);
    else break;
    if (clean !== w) break;
  }
  while (kept.length && SMALL.has(kept.at(-1)!)) kept.pop();
  return kept.join(' ');
};

/**
 * Titles listed from `at`: "Goblin, Reply 1988 and Signal", "Love Alarm, Navillera".
 * The last pair splits at its first "and", so "Her Private Life and Forecasting Love and
 * Weather" is two titles; the list ends where prose starts.
 */
export const titleListAt = (text: string, at: number, known?: (name: string) => unknown) => {
  const items: { name: string; start: number }[] = [];
  let pos = at;
  for (let n = 0; n < 10; n++) {
    const rest = text.slice(pos);
    const lead = /^[“"‘']?/u.exec(rest)![0].length;
    const name = titleWordsAt(text, pos + lead, 10);
    if (!name) break;
    // "Charlie Puth’s “We Don’t Talk Anymore”": the owner is no title; read on after it.
    const owner = /^['’]s[ \t]+(?=[“"‘'])/u.exec(text.slice(pos + lead + name.length));
    if (owner) {
      pos = pos + lead + name.length + owner[0].length;
      continue;
    }
    // "A and B" inside one run: two titles, unless the knowledge knows "A and B" as one.
    const and = name.indexOf(' and ');
    const first = and > 0 && !known?.(name) ? name.slice(0, and) : name;
    items.push({ name: first, start: pos + lead });
    if (first !== name) {
      items.push({ name: name.slice(and + 5), start: pos + lead + and + 5 });
      break;
    }
    const after = text.slice(pos + lead + name.length);
    const sep =
      /^[”"’']?(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(?=[“"‘']?[\p{Lu}\p{N}])/u.exec(
        after,
      );
    if (!sep) break;
    pos = pos + lead + name.length + sep[0].length;
  }
  return items;
};

/** A title made only of numbers, dates, places and such is no title ("August 2014", "2008"). */
export const notATitle = (title: string) =>
  // A date or a number written with dots or slashes ("2026.03.20", "3/20") is no title.
  /^[\d\s./:-]+$/.test(title) ||
  title
    .split(/[\s-]+/)
    .every(
      (w) => /^\d+$/.test(w) || NOT_NAMES.has(w) || STOP.has(w) || /^\d+(?:st|nd|rd|th)$/.test(w),
    );

/** Whether any token of the line is one of these words: a cheap test before a costly pattern. */
export const hasWord = (line: { tokens: { norm: string }[] }, words: ReadonlySet<string>) =>
  line.tokens.some((t) => words.has(t.norm));

/** How long the owner part of "Super Junior’s Leeteuk" is: the member's name starts after it. */
export const possessiveOwnerLength = (name: string) =>
  /^.*['’]s[ \t]+/u.exec(name)?.[0].length ?? 0;
