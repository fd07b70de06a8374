import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  parseExcerpt,
  withoutLeadingTitle,
} from '../../src/features/search/api/excerpt.ts';

describe('Pagefind excerpts', () => {
  it('become text pieces with the marked words flagged, entities decoded', () => {
    expect(
      parseExcerpt('Fans of <mark>Rosé</mark> &amp; <mark>로제</mark> said &quot;hi&quot;'),
    ).toEqual([
      { text: 'Fans of ', marked: false },
      { text: 'Rosé', marked: true },
      { text: ' & ', marked: false },
      { text: '로제', marked: true },
      { text: ' said "hi"', marked: false },
    ]);
  });
  it('never pass markup through: anything tag-like is dropped, escaped text stays text', () => {
    expect(
      parseExcerpt('a <b>bold</b> &lt;script&gt;')
        .map((p) => p.text)
        .join(''),
    ).toBe('a bold <script>');
    expect(decodeEntities('&#x1F600;&#39;&unknown;')).toBe("😀'&unknown;");
  });
  it('lose the headline they start with, which the result shows already', () => {
    const pieces = parseExcerpt(
      '<mark>Seoul</mark> Days. The band met fans in <mark>Seoul</mark>.',
    );
    expect(withoutLeadingTitle(pieces, 'Seoul Days')).toEqual([
      { text: 'The band met fans in ', marked: false },
      { text: 'Seoul', marked: true },
      { text: '.', marked: false },
    ]);
    const mid = parseExcerpt('fans in <mark>Seoul</mark>.');
    expect(withoutLeadingTitle(mid, 'Seoul Days')).toBe(mid);
  });
});
