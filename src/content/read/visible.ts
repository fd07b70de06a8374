// What a reader can see of a line of text. A title or a name must show at least one
// character; bidirectional controls must not make text display differently from what it says.

/**
 * Bidirectional embeddings, overrides and isolates (U+202A-202E, U+2066-2069) and the
 * direction marks LRM, RLM and ALM. They reorder what a reader sees ("Normal \u202eevil"
 * shows "Normal live"): the trick behind Trojan Source (CVE-2021-42574).
 */
export const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/gu;

/**
 * A character that draws something: a letter, digit, symbol or punctuation mark, and not one
 * that renders as nothing. Default_Ignorable_Code_Point covers the Hangul fillers (U+115F,
 * U+1160, U+3164, U+FFA0), soft hyphen, variation selectors and tags; U+2800 is the blank
 * Braille pattern, a symbol with no dots. Combining marks (\p{M}) need a base to show on,
 * and spaces (\p{Z}) show only as room.
 */
const VISIBLE = /(?![\p{Default_Ignorable_Code_Point}\u2800])[\p{L}\p{N}\p{S}\p{P}]/u;

export const hasVisibleText = (s: string) => VISIBLE.test(s);

const codePoint = (c: string) =>
  `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The distinct bidi controls of a text, as "U+202E, U+202C" (first seen first). */
export const bidiControlsIn = (s: string) =>
  [...new Set(s.match(BIDI_CONTROL) ?? [])].map(codePoint).join(', ');

export interface StrippedLine {
  line: number;
  controls: string;
}

/**
 * The text without bidi controls, and the 1-based lines they were removed from. Removing
 * them publishes the characters in the order the file stores them, which is the order an
 * editor reads in a plain editor and the order search indexes; the reader's browser still
 * lays out any right-to-left script by itself.
 */
export const stripBidiControls = (text: string) => {
  const stripped: StrippedLine[] = [];
  const lines = text.split('\n').map((line, i) => {
    const controls = bidiControlsIn(line);
    if (!controls) return line;
    stripped.push({ line: i + 1, controls });
    return line.replace(BIDI_CONTROL, '');
  });
  return { text: stripped.length ? lines.join('\n') : text, stripped };
};
