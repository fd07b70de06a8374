import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CardDrawingError, createCardWriter } from '../../src/prerender/cards/card-cache.ts';
import type { CardContent } from '../../src/prerender/cards/share-card.ts';
import { loadCardGlyphs } from '../../src/prerender/cards/card-glyphs.ts';
import { SITE_NAME } from '../../src/config/site.ts';
import {
  cardChips,
  cardKey,
  siteCard,
  storyCard,
  tagCard,
} from '../../src/prerender/cards/card-content.ts';
import type { TagRef } from '../../src/contract/model.ts';

const tag = (name: string, kind: TagRef['kind']): TagRef => ({ id: name, name, kind });
/** Fonts that draw everything, and one that draws ASCII and Hangul syllables only. */
const drawsAll = () => true;
const asciiAndHangul = (cp: number) => cp < 0x80 || (cp >= 0xac00 && cp <= 0xd7a3);

describe('a headline the card font cannot draw', () => {
  it('falls back to the site name over the story’s main tags', () => {
    const story = { title: '💜🔥✨', tags: [tag('BTS', 'group'), tag('Netflix', 'org')] };
    expect(storyCard(story, asciiAndHangul)).toEqual({
      eyebrow: 'Story',
      title: `A story on ${SITE_NAME}`,
      chips: ['BTS'],
    });
    // Invisible leftovers count as nothing: a variation selector, a zero-width joiner.
    expect(storyCard({ title: '❤\ufe0f\u200d🔥', tags: [] }, asciiAndHangul).title).toBe(
      `A story on ${SITE_NAME}`,
    );
  });

  it('drops what it cannot draw and keeps an accented letter as its base letter', () => {
    const card = storyCard(
      {
        title: 'BTS 💜 returns with Rosé, 지민',
        tags: [tag('Rosé', 'person'), tag('💜', 'group')],
      },
      asciiAndHangul,
    );
    expect(card.title).toBe('BTS returns with Rose, 지민');
    expect(card.chips).toEqual(['Rose']);
    const tagged = tagCard(
      { name: 'Rosé', kind: 'person', count: 1, aliases: ['로제', '🌹'] },
      asciiAndHangul,
    );
    expect(tagged).toMatchObject({ title: 'Rose', chips: ['로제'] });
  });

  it('reads what Nanum Gothic draws from the font itself', async () => {
    const canDraw = await loadCardGlyphs();
    for (const c of ['A', 'z', '가', '힣', '…', '“', '·'])
      expect(canDraw(c.codePointAt(0)!), c).toBe(true);
    for (const c of ['💜', '🔥', '\u0301']) expect(canDraw(c.codePointAt(0)!), c).toBe(false);
    const card = storyCard({ title: '💜💜💜', tags: [tag('BTS', 'group')] }, canDraw);
    expect(card.title).toBe(`A story on ${SITE_NAME}`);
  }, 20_000);
});

describe('what a share card shows', () => {
  it('names a story’s show, group and people, not its networks', () => {
    const card = storyCard(
      {
        title: 'A story',
        tags: [
          tag('All of Us Are Dead', 'show'),
          tag('Park Ji Hu', 'person'),
          tag('Nam On Jo', 'character'),
          tag('Netflix', 'org'),
        ],
      },
      drawsAll,
    );
    expect(card).toEqual({
      eyebrow: 'Story',
      title: 'A story',
      chips: ['All of Us Are Dead', 'Park Ji Hu'],
    });
  });

  it('keeps chips to one row, counting Hangul as wide', () => {
    expect(cardChips(['A very long show title here', 'Another long name', 'Third'])).toEqual([
      'A very long show title here',
      'Another long name',
    ]);
    // As many letters as two names that fit, but Hangul letters are twice as wide.
    expect(cardChips(['abcdefghijklmn', 'abc abc abc'])).toHaveLength(2);
    expect(cardChips(['지금 우리 학교는 지금 우리', '박지후 박지후 박지후'])).toHaveLength(1);
  });

  it('gives a tag its kind, its count and its Hangul name first', () => {
    const card = tagCard(
      {
        name: 'All of Us Are Dead',
        kind: 'show',
        count: 3,
        aliases: ['Now at Our School', '지금 우리 학교는'],
      },
      drawsAll,
    );
    expect(card).toEqual({
      eyebrow: 'Show · 3 stories',
      title: 'All of Us Are Dead',
      chips: ['지금 우리 학교는', 'Now at Our School'],
    });
  });

  it('keys the cache by everything shown: same content, same key; any change, a new one', () => {
    const base = storyCard({ title: 'A story', tags: [tag('BTS', 'group')] }, drawsAll);
    expect(cardKey(base)).toBe(cardKey({ ...base }));
    expect(cardKey({ ...base, title: 'A story!' })).not.toBe(cardKey(base));
    expect(cardKey({ ...base, chips: [] })).not.toBe(cardKey(base));
    expect(cardKey(siteCard())).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('the card cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'card-cache-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws a card once, then copies it; a changed story draws again', async () => {
    const first = createCardWriter({ cacheDir: join(dir, 'cache'), outDir: join(dir, 'out1') });
    const story = storyCard(
      { title: '지금 우리 학교는: a story', tags: [tag('BTS', 'group')] },
      drawsAll,
    );
    await first.write('/cards/articles/a.png', story);
    await first.write('/cards/articles/b.png', { ...story, title: 'Another story' });
    expect(first.stats).toMatchObject({ drawn: 2, cached: 0 });

    const second = createCardWriter({ cacheDir: join(dir, 'cache'), outDir: join(dir, 'out2') });
    await second.write('/cards/articles/a.png', story);
    await second.write('/cards/articles/b.png', { ...story, title: 'Another story, edited' });
    expect(second.stats).toMatchObject({ drawn: 1, cached: 1 });
    const read = (out: string) => readFileSync(join(dir, out, 'cards/articles/a.png'));
    expect(read('out2').equals(read('out1'))).toBe(true);
    expect(read('out1').subarray(1, 4).toString()).toBe('PNG');
    expect(readdirSync(join(dir, 'cache')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(join(dir, 'cache'))).toHaveLength(3);
    await Promise.all([first.close(), second.close()]);
  }, 20_000);

  it('names a card its worker could not draw, draws the others, and fails at the end', async () => {
    const cards = createCardWriter({ cacheDir: join(dir, 'cache3'), outDir: join(dir, 'out3') });
    // Chips that are not a list: the template throws inside the worker thread.
    const broken = {
      eyebrow: 'Story',
      title: 'Broken card',
      chips: null,
    } as unknown as CardContent;
    const good = storyCard({ title: 'A good card', tags: [] }, drawsAll);
    await Promise.all([
      cards.write('/cards/articles/broken-story.png', broken),
      cards.write('/cards/articles/good-story.png', good),
      cards.write('/cards/tags/broken-tag.png', { ...broken, title: 'Broken tag' }),
    ]);
    expect(cards.stats).toMatchObject({ drawn: 1, failed: 2 });
    expect(readdirSync(join(dir, 'out3', 'cards/articles'))).toEqual(['good-story.png']);
    const error = await cards.close().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CardDrawingError);
    expect((error as CardDrawingError).failures.map((f) => f.name)).toEqual([
      'story broken-story',
      'tag broken-tag',
    ]);
    expect((error as Error).message).toMatch(/story broken-story \("Broken card"\): .*iterable/);
  }, 20_000);

  it('never writes through a card already in the site into the cache', async () => {
    const cacheDir = join(dir, 'cache2');
    const out = join(dir, 'same-out');
    const story = storyCard({ title: 'First headline', tags: [] }, drawsAll);
    const first = createCardWriter({ cacheDir, outDir: out });
    await first.write('/c/a.png', story);
    await first.close();
    const cachedFirst = readdirSync(cacheDir).map((f) => readFileSync(join(cacheDir, f)));
    // A rebuild into the same folder, the headline edited: a new card at the same path.
    const again = createCardWriter({ cacheDir, outDir: out });
    await again.write('/c/a.png', { ...story, title: 'Edited headline' });
    expect(again.stats.drawn).toBe(1);
    const cached = readdirSync(cacheDir).map((f) => readFileSync(join(cacheDir, f)));
    expect(cached).toHaveLength(2);
    expect(cached.some((png) => png.equals(cachedFirst[0]!))).toBe(true);
    expect(readFileSync(join(out, 'c/a.png')).equals(cachedFirst[0]!)).toBe(false);
    await again.close();
  }, 20_000);
});
