// The name normalisation the tagger and the search box share (src/lib/names/name-keys.ts).
import { describe, expect, it } from 'vitest';
import { parseKoreanName } from '../../src/content/names/korean-names.ts';
import { nameKey } from '../../src/content/names/names.ts';
import {
  foldDiacritics,
  nameTokens,
  searchKeys,
  typedKoreanKey,
} from '../../src/lib/names/name-keys.ts';

describe('nameTokens and nameKey', () => {
  it('treat hyphens, spaces and case alike, as the tagger matches names', () => {
    expect(nameTokens('Lee Jae-kyu')).toEqual(['lee', 'jae', 'kyu']);
    expect(nameKey('Lee Jae Kyu')).toBe(nameKey('lee jae-kyu'));
    expect(nameKey('G-Dragon')).toBe('g dragon');
  });
  it('keep Hangul as written', () => {
    expect(nameTokens('유승준')).toEqual(['유승준']);
    expect(nameKey('방탄 소년단')).toBe('방탄 소년단');
  });
});

describe('foldDiacritics', () => {
  it('takes accents off Latin letters and leaves Hangul syllables whole', () => {
    expect(foldDiacritics('Rosé')).toBe('Rose');
    expect(foldDiacritics('Beyoncé and 로제')).toBe('Beyonce and 로제');
    expect(foldDiacritics('유승준')).toHaveLength(3);
  });
});

describe('typedKoreanKey', () => {
  it('gives the tagger’s romanization key for a family name and syllables typed apart', () => {
    for (const typed of ['Yu Seung-jun', 'Yoo Seung Jun', 'yoo seung-joon'])
      expect(`${typedKoreanKey(typed)}`, typed).toBe(parseKoreanName('Yoo Seung-jun')!.key);
    expect(typedKoreanKey('Lee Byeong-heon')).toBe(parseKoreanName('Lee Byung-hun')!.key);
  });
  it('gives nothing for names that do not start with a Korean family name', () => {
    expect(typedKoreanKey('Steve Yoo')).toBeUndefined();
    expect(typedKoreanKey('Yoo')).toBeUndefined();
    expect(typedKoreanKey('Kim Ji Won Soo')).toBeUndefined();
  });
});

describe('searchKeys', () => {
  it('gives the folded name, the hyphen-joined form and the Korean key', () => {
    expect(searchKeys('Yoo Seung-jun')).toEqual([
      'yoo seung jun',
      'yoo seungjun',
      `k:${parseKoreanName('Yoo Seung-jun')!.key}`,
    ]);
    expect(searchKeys('Rosé')).toEqual(['rose']);
    expect(searchKeys('  ')).toEqual([]);
  });
});
