// Where the share card puts things (src/prerender/cards/share-card.ts), with a stand-in font
// of fixed widths: every letter half an em wide, Hangul a whole em.
import { describe, expect, it } from 'vitest';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  layOutCard,
  wrapText,
  type CardFonts,
} from '../../src/prerender/cards/share-card.ts';

const fonts: CardFonts = {
  width: (text, { size }) =>
    [...text].reduce((sum, c) => sum + (/[\uac00-\ud7af]/.test(c) ? size : size / 2), 0),
  ascent: 0.8,
  descent: 0.2,
};
const TITLE_FONT = { weight: 800 as const, size: 50 };

describe('wrapText', () => {
  it('breaks between words, never inside one (Korean keeps its words whole)', () => {
    // 25 px a letter: 8 letters a 200 px line.
    expect(wrapText('aaa bbb ccc dd', 200, fonts, TITLE_FONT)).toEqual(['aaa bbb', 'ccc dd']);
    // 50 px a syllable, 25 a space: "배우들의" fits a 250 px line alone, so it moves down whole.
    expect(wrapText('새 드라마 배우들의', 250, fonts, TITLE_FONT)).toEqual([
      '새 드라마',
      '배우들의',
    ]);
  });

  it('breaks a word wider than a whole line where it must', () => {
    expect(wrapText('abcdefghijkl xy', 200, fonts, TITLE_FONT)).toEqual(['abcdefgh', 'ijkl xy']);
  });
});

describe('layOutCard', () => {
  it('draws the site name, the eyebrow, the headline and each chip, inside the card', () => {
    const drawing = layOutCard(
      { eyebrow: 'Story', title: 'BTS return', chips: ['BTS', '방탄소년단'] },
      fonts,
    );
    expect(drawing.texts.map((t) => t.text)).toEqual([
      'K',
      'K-Wave Reader',
      'BTS',
      '방탄소년단',
      'Story',
      'BTS return',
    ]);
    for (const t of drawing.texts) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x + fonts.width(t.text, t.font)).toBeLessThanOrEqual(CARD_WIDTH);
      expect(t.y).toBeGreaterThan(0);
      expect(t.y).toBeLessThan(CARD_HEIGHT);
    }
    // The logo and two chips.
    expect(drawing.boxes).toHaveLength(3);
  });

  it('centres the headline between the logo row and the chips', () => {
    const drawing = layOutCard({ eyebrow: 'Story', title: 'Short', chips: ['A'] }, fonts);
    const title = drawing.texts.find((t) => t.text === 'Short')!;
    const eyebrow = drawing.texts.find((t) => t.text === 'Story')!;
    const chip = drawing.boxes[1]!;
    // The block from the eyebrow's top to the title's bottom sits midway between the rows.
    const top = eyebrow.y - eyebrow.font.size * 0.8;
    const bottom = title.y + title.font.size * (1.18 / 2 - 0.3);
    expect(Math.abs(top - 120 - (chip.y - bottom))).toBeLessThan(1);
  });

  it('steps long headlines down in size and keeps them on the card', () => {
    const long = 'A long headline about a drama '.repeat(5).trim();
    const drawing = layOutCard({ eyebrow: 'Story', title: long, chips: [] }, fonts);
    const lines = drawing.texts.slice(3);
    expect(lines[0]!.font.size).toBe(50);
    // Every line above the chips' row, none past the right margin.
    for (const line of lines) {
      expect(line.y).toBeLessThan(CARD_HEIGHT - 56 - 64);
      expect(line.x + fonts.width(line.text, line.font)).toBeLessThanOrEqual(CARD_WIDTH - 72);
    }
    expect(lines.map((l) => l.text).join(' ')).toBe(long);
  });

  it('ends a headline that cannot fit its room with an ellipsis', () => {
    // 150 syllables (Hangul is wide): 21 a line at 50 px, 8 lines where 5 fit.
    const title = '배우 '.repeat(75).trim();
    const drawing = layOutCard({ eyebrow: 'Story', title, chips: [] }, fonts);
    const lines = drawing.texts.slice(3);
    expect(lines).toHaveLength(5);
    expect(lines.at(-1)!.text).toMatch(/…$/);
    for (const line of lines)
      expect(fonts.width(line.text, line.font)).toBeLessThanOrEqual(CARD_WIDTH - 2 * 72);
  });

  it('draws only the chips that fit the row, clipping a long name', () => {
    const chips = [
      'A name far too long for any chip on this card',
      'Another long name of a show',
      'A third long name',
    ];
    const drawing = layOutCard({ eyebrow: 'Story', title: 'T', chips }, fonts);
    const chipBoxes = drawing.boxes.slice(1);
    expect(drawing.texts[2]!.text).toMatch(/…$/);
    const last = chipBoxes.at(-1)!;
    expect(last.x + last.width).toBeLessThanOrEqual(CARD_WIDTH - 72);
    expect(chipBoxes.length).toBeLessThan(chips.length);
  });
});
