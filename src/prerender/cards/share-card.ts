// The 1200x630 share picture, laid out: where each box and line of text goes, for
// render-card.ts to paint on a canvas. Pure: text widths and the font's vertical metrics come
// in as `CardFonts`, so tests lay out cards with a stand-in font. One template for stories,
// tags and the site. The fixed rows (logo and name at the top, chips at the bottom) and the
// headline centred between them are what the satori template drew (decision 0035).
import { BRAND, SITE_NAME } from '../../config/site.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardContent {
  /** Small line above the title: "Story", "Show · 12 stories". */
  eyebrow: string;
  title: string;
  /** Up to three names (people, a show) drawn as chips under the title. */
  chips: string[];
}

/** Nanum Gothic's three weights: 400 is the fallback name's, headlines are 800, chips 700. */
export type CardWeight = 400 | 700 | 800;
export interface CardFont {
  weight: CardWeight;
  size: number;
}

/** What layout needs of the font: advance widths, and ascent and descent per em. */
export interface CardFonts {
  width: (text: string, font: CardFont) => number;
  ascent: number;
  descent: number;
}

export interface CardBox {
  x: number;
  y: number;
  width: number;
  height: number;
  radius: number;
  colour: string;
}

export interface CardText {
  text: string;
  /** Left end of the text, and its baseline. */
  x: number;
  y: number;
  font: CardFont;
  colour: string;
}

export interface CardDrawing {
  background: string;
  boxes: CardBox[];
  texts: CardText[];
}

const PAD_X = 72;
const PAD_Y = 56;
const INNER = CARD_WIDTH - 2 * PAD_X;
const LOGO = 64;
const CHIP_HEIGHT = 64;
const CHIP_PAD = 26;
const CHIP_GAP = 16;
const EYEBROW: CardFont = { weight: 700, size: 30 };
const TITLE_GAP = 12;
const TITLE_LINE = 1.18;

/**
 * Headline sizes by length: a chat preview shows the card at ~500 px wide, where 64 px
 * text is still 27 px tall; long headlines step down rather than lose their ending.
 */
const titleSize = (title: string) =>
  title.length <= 40 ? 80 : title.length <= 70 ? 68 : title.length <= 110 ? 58 : 50;

const MAX_TITLE = 160;
/** Cuts at a word boundary where one is near the limit, so no word ends half-written. */
const clip = (text: string, max: number) => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:—-]+$/, '')}…`;
};

/** The longest start of `text` (whole characters) that fits `room`, with `end` after it. */
const fitting = (text: string, end: string, room: number, fonts: CardFonts, font: CardFont) => {
  const chars = Array.from(text);
  let n = chars.length;
  while (n > 0 && fonts.width(chars.slice(0, n).join('') + end, font) > room) n--;
  return chars.slice(0, n).join('') + end;
};

/**
 * Lines of at most `room` wide, broken between words as Korean is written (keep-all: never
 * inside a word), a word wider than a line alone broken where it must.
 */
export const wrapText = (text: string, room: number, fonts: CardFonts, font: CardFont) => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (fonts.width(joined, font) <= room) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (fonts.width(line, font) > room) {
      const head = fitting(line, '', room, fonts, font) || Array.from(line)[0]!;
      lines.push(head);
      line = line.slice(head.length);
    }
  }
  if (line) lines.push(line);
  return lines;
};

/** The baseline that centres a line of `font` on `middle`. */
const baseline = (middle: number, font: CardFont, fonts: CardFonts) =>
  middle + ((fonts.ascent - fonts.descent) / 2) * font.size;

export const layOutCard = (
  { eyebrow, title, chips }: CardContent,
  fonts: CardFonts,
): CardDrawing => {
  const boxes: CardBox[] = [];
  const texts: CardText[] = [];
  const text = (value: string, x: number, middle: number, font: CardFont, colour: string) =>
    texts.push({ text: value, x, y: baseline(middle, font, fonts), font, colour });

  // The logo and the site's name.
  const logoMiddle = PAD_Y + LOGO / 2;
  boxes.push({ x: PAD_X, y: PAD_Y, width: LOGO, height: LOGO, radius: 14, colour: '#ffffff' });
  const letter: CardFont = { weight: 800, size: 44 };
  text('K', PAD_X + (LOGO - fonts.width('K', letter)) / 2, logoMiddle, letter, BRAND.colour);
  text(SITE_NAME, PAD_X + LOGO + 20, logoMiddle, { weight: 800, size: 40 }, '#ffffff');

  // Chips along the bottom, as many as fit the row.
  const chipTop = CARD_HEIGHT - PAD_Y - CHIP_HEIGHT;
  const chipFont: CardFont = { weight: 700, size: 34 };
  let x = PAD_X;
  for (const chip of chips) {
    const label = clip(chip, 28);
    const width = fonts.width(label, chipFont) + 2 * CHIP_PAD;
    if (x + width > CARD_WIDTH - PAD_X) break;
    boxes.push({ x, y: chipTop, width, height: CHIP_HEIGHT, radius: 32, colour: '#ffffff' });
    text(label, x + CHIP_PAD, chipTop + CHIP_HEIGHT / 2, chipFont, BRAND.dark);
    x += width + CHIP_GAP;
  }

  // The eyebrow and the headline, centred between the two rows; a headline too long for
  // the room loses its last lines, the last one shown ending in an ellipsis.
  const top = PAD_Y + LOGO;
  const room = chipTop - top;
  const eyebrowHeight = (fonts.ascent + fonts.descent) * EYEBROW.size;
  const titleFont: CardFont = { weight: 800, size: titleSize(title) };
  const lineHeight = titleFont.size * TITLE_LINE;
  let lines = wrapText(clip(title, MAX_TITLE), INNER, fonts, titleFont);
  const most = Math.max(1, Math.floor((room - eyebrowHeight - TITLE_GAP) / lineHeight));
  if (lines.length > most) {
    const last = lines.slice(most - 1).join(' ');
    lines = [...lines.slice(0, most - 1), fitting(last, '…', INNER, fonts, titleFont)];
  }
  const block = eyebrowHeight + TITLE_GAP + lines.length * lineHeight;
  const start = top + (room - block) / 2;
  text(eyebrow, PAD_X, start + eyebrowHeight / 2, EYEBROW, BRAND.light);
  lines.forEach((line, i) => {
    const lineTop = start + eyebrowHeight + TITLE_GAP + i * lineHeight;
    text(line, PAD_X, lineTop + lineHeight / 2, titleFont, '#ffffff');
  });
  return { background: BRAND.colour, boxes, texts };
};
