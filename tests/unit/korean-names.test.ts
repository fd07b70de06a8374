// The name-shape recognizer's pieces: family names, syllables, the romanization key.
import { describe, expect, it } from 'vitest';
import { parseKoreanName, syllables } from '../../src/content/names/korean-names.ts';

const key = (name: string) => parseKoreanName(name)?.key;

describe('the romanization key', () => {
  it('is one key for Revised, McCune-Reischauer and ad hoc spellings of a name', () => {
    const same = [
      ['Lee Byung-hun', 'Lee Byeong-heon', 'Lee Byunghun', 'Yi Byung Hun'],
      ['Choi Min-sik', 'Choe Min-sik'],
      ['Jun Ji-hyun', 'Jeon Ji-hyeon'],
      ['Bae Doona', 'Bae Du-na'],
      ['Park Seo-joon', 'Park Seo-jun', 'Park Suh-joon'],
      ['Go Youn-jung', 'Go Yoon-jung', 'Ko Yun-jeong'],
      ['Yoo Ah-in', 'Yu A-in'],
      ['Song Kang-ho', 'Song Gang-ho'],
    ];
    for (const names of same)
      expect(new Set(names.map(key)), names.join(' / ')).toHaveProperty('size', 1);
  });
  it('keeps different people apart', () => {
    const apart = [
      ['Lee Min-ho', 'Lee Min-hyuk'],
      ['Kim Ji-won', 'Kim Jee-woon'],
      ['Song Kang', 'Song Kang-ho'],
      ['Han So-hee', 'Han Seo-hee'],
      ['Yoo Seung-ho', 'Ryu Seung-ho'],
      ['Kim Jong-kook', 'Kim Jung-kook'],
    ];
    for (const [a, b] of apart) expect(key(a!), `${a} / ${b}`).not.toBe(key(b!));
  });
  it('reads only family names from the closed list and one or two given-name syllables', () => {
    expect(parseKoreanName('Steve Yoo')).toBeUndefined();
    expect(parseKoreanName('Park Avenue')).toBeUndefined();
    expect(parseKoreanName('Kim Ji Won Soo')).toBeUndefined();
    expect(parseKoreanName('Namgoong Min')).toMatchObject({ surname: '남궁', given: ['min'] });
  });
});

describe('the syllable inventory', () => {
  it('knows Revised Romanization and the common other spellings', () => {
    for (const s of [
      'hyeon',
      'hyun',
      'joon',
      'jun',
      'suk',
      'sook',
      'seok',
      'kyu',
      'gyu',
      'young',
      'hee',
      'shin',
      'woo',
      'eun',
    ])
      expect(syllables(s), s).toEqual([s]);
  });
  it('splits a joined given name into two syllables', () => {
    expect(syllables('minyoung')).toEqual(['min', 'young']);
    expect(syllables('jaekyu')?.join('')).toBe('jaekyu');
    expect(syllables('daniel')).toBeUndefined();
  });
});
