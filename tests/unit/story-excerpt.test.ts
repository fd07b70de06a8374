import { describe, expect, it } from 'vitest';
import { storyExcerpt } from '../../src/features/search/api/story-excerpt.ts';

const text = (pieces: { text: string }[]) => pieces.map((p) => p.text).join('');
const marked = (pieces: { text: string; marked: boolean }[]) =>
  pieces.filter((p) => p.marked).map((p) => p.text);

// A record as Pagefind gives it back: headline, body, then the names paragraph.
const record = (body: string, names: string) => {
  const raw = `Steve Yoo Shares a Message. ${body} Also known as: ${names}.`;
  return { raw_content: raw, namesWords: `Also known as: ${names}.`.split(/\s+/).length };
};
const at = (raw: string, word: string) =>
  raw.split(/\s+/).flatMap((w, i) => (w.replace(/[^\p{L}\p{N}]/gu, '') === word ? [i] : []));

describe('story excerpts', () => {
  it('never show the names added for matching, even when only they match', () => {
    const r = record('The singer wrote to fans on Sunday.', '유승준, Yoo Seung-jun, MBC');
    const hits = at(r.raw_content, '유승준').map((location) => ({ location, balanced_score: 1 }));
    const pieces = storyExcerpt({ ...r, weighted_locations: hits }, 30);
    expect(text(pieces)).toBe('Steve Yoo Shares a Message. The singer wrote to fans on Sunday.');
    expect(marked(pieces)).toEqual([]);
    expect(text(pieces)).not.toMatch(/Also known as|유승준|MBC/);
  });

  it('mark a matched word without the punctuation around it', () => {
    const r = record('Fans of 유승준, the singer, wrote back.', 'Yoo Seung-jun');
    const hits = at(r.raw_content, '유승준').map((location) => ({ location, balanced_score: 1 }));
    const pieces = storyExcerpt({ ...r, weighted_locations: hits }, 30);
    expect(marked(pieces)).toEqual(['유승준']);
    expect(text(pieces)).toContain('Fans of 유승준, the singer');
  });

  it('centre a lone match in a long story, and stop where the story stops', () => {
    const body = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    const r = record(`${body} Seoul ${body}.`, 'Some Name');
    const [seoul] = at(r.raw_content, 'Seoul');
    const pieces = storyExcerpt(
      { ...r, weighted_locations: [{ location: seoul ?? 0, balanced_score: 2 }] },
      10,
    );
    const words = text(pieces).split(' ');
    expect(words).toHaveLength(10);
    expect(words.indexOf('Seoul')).toBeGreaterThanOrEqual(4);
    expect(words.indexOf('Seoul')).toBeLessThanOrEqual(5);

    const late = at(r.raw_content, 'w59').at(-1) ?? 0;
    const tail = storyExcerpt(
      { ...r, weighted_locations: [{ location: late, balanced_score: 1 }] },
      10,
    );
    expect(text(tail).endsWith('w59.')).toBe(true);
  });

  it('show the densest stretch when the story matches in several places', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `f${i}`).join(' ');
    const r = record(`BTS ${filler} BTS Jungkook BTS ${filler}`, 'none');
    const locations = [...at(r.raw_content, 'BTS'), ...at(r.raw_content, 'Jungkook')];
    const pieces = storyExcerpt(
      { ...r, weighted_locations: locations.map((location) => ({ location, balanced_score: 1 })) },
      12,
    );
    expect(text(pieces)).toContain('BTS Jungkook BTS');
    expect(marked(pieces)).toEqual(['BTS', 'Jungkook', 'BTS']);
  });

  it('keep text that looks like markup as text', () => {
    const r = { raw_content: 'A &lt;b&gt; tag.', namesWords: 0 };
    expect(text(storyExcerpt({ ...r, weighted_locations: [] }, 30))).toBe('A <b> tag.');
  });
});
