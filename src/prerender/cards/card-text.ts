// Card text in what the card font can draw. Pure: the font's coverage comes in as a function.
import { hasVisibleText } from '../../content/read/visible.ts';
import type { CanDraw } from './card-glyphs.ts';

const COMBINING = /\p{M}/u;

/** One character as the font can draw it: itself, its base letters ("é" -> "e"), or nothing. */
const drawable = (ch: string, canDraw: CanDraw) => {
  if (/\s/u.test(ch)) return ' ';
  if (canDraw(ch.codePointAt(0)!)) return ch;
  // Compatibility decomposition: "é" is "e" + an accent, "ﬁ" is "fi", "Ａ" is "A". The
  // font lacks the combining accents, so the base letter alone is the closest it can draw.
  return [...ch.normalize('NFKD')]
    .filter((c) => !COMBINING.test(c) && canDraw(c.codePointAt(0)!))
    .join('');
};

/**
 * The text without the characters the font cannot draw (emoji, scripts it lacks), spaces
 * tidied; empty when nothing visible is left, so the caller can fall back to other words.
 */
export const drawableText = (text: string, canDraw: CanDraw) => {
  const chars = [...text.normalize('NFC')];
  // Text the font draws whole is left exactly as it is (and so is its card's cache key).
  if (chars.every((ch) => /\s/u.test(ch) || canDraw(ch.codePointAt(0)!))) return text;
  const kept = chars
    .map((ch) => drawable(ch, canDraw))
    .join('')
    .replace(/\s+/g, ' ')
    // "BTS 💜, live" loses its emoji, not its comma: no space is left before the comma.
    .replace(/\s([,.;:!?)])/g, '$1')
    .trim();
  return hasVisibleText(kept) ? kept : '';
};
