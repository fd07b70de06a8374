// What each share card shows, and the key it is cached under. Pure: no file system.
import { createHash } from 'node:crypto';
import type { ArticleSummary, TagDetail } from '../../contract/model.ts';
import { BRAND, SITE_DESCRIPTION, SITE_NAME } from '../../config/site.ts';
import { mainTags } from '../../lib/main-tags.ts';
import { kindLabel } from '../../lib/tag-kinds.ts';
import type { CardContent } from './share-card.ts';
import type { CanDraw } from './card-glyphs.ts';
import { drawableText } from './card-text.ts';

/**
 * Bump when share-card.ts, the fonts, the painting or the PNG encoding change a card's
 * bytes: every cached card then misses once and is drawn again. 3: indexed PNG
 * (card-png.ts); 4: painted by Skia (render-card.ts).
 */
export const CARD_TEMPLATE_VERSION = 4;

/** Hangul and other wide letters take about twice the room of Latin ones. */
const WIDE = /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/g;
export const visualLength = (text: string) => text.length + (text.match(WIDE)?.length ?? 0);

/** Chips that fit one row of the card (about 52 Latin letters at chip size, with their padding), in order. */
export const cardChips = (names: readonly string[], room = 52) => {
  const chips: string[] = [];
  let used = 0;
  for (const name of names) {
    const length = Math.min(visualLength(name), 28) + 4;
    if (chips.length && used + length > room) break;
    chips.push(name);
    used += length;
  }
  return chips;
};

/** Names as the font draws them, those with nothing left dropped. */
const drawableNames = (names: readonly string[], canDraw: CanDraw) =>
  names.map((n) => drawableText(n, canDraw)).filter(Boolean);

/**
 * A story's card. A headline the font cannot draw at all (emoji only) would leave the card
 * blank: it reads "A story on K-Wave Reader" instead, over the story's main tags.
 */
export const storyCard = (
  story: Pick<ArticleSummary, 'title' | 'tags'>,
  canDraw: CanDraw,
): CardContent => ({
  eyebrow: 'Story',
  title: drawableText(story.title, canDraw) || `A story on ${SITE_NAME}`,
  chips: cardChips(
    drawableNames(
      mainTags(story.tags).map((t) => t.name),
      canDraw,
    ),
  ),
});

export const tagCard = (
  tag: Pick<TagDetail, 'name' | 'kind' | 'count' | 'aliases'>,
  canDraw: CanDraw,
): CardContent => {
  // Other names, Hangul first: the one a Korean-speaking fan searches for.
  const aliases = drawableNames(
    [...tag.aliases].sort((a, b) => Number(WIDE.test(b)) - Number(WIDE.test(a))),
    canDraw,
  );
  return {
    eyebrow: `${kindLabel(tag.kind)} · ${tag.count} ${tag.count === 1 ? 'story' : 'stories'}`,
    title: drawableText(tag.name, canDraw) || aliases[0] || SITE_NAME,
    chips: cardChips(aliases.slice(0, 3)),
  };
};

export const siteCard = (): CardContent => ({
  eyebrow: 'K-drama · K-pop',
  // "News from Korean music, film and television": the description up to its colon.
  title: SITE_DESCRIPTION.split(':')[0]!,
  chips: ['Stories', 'People', 'Shows', 'Songs'],
});

/** The cache key: everything the picture shows, the brand, and the template's version. */
export const cardKey = (content: CardContent) =>
  createHash('sha256')
    .update(JSON.stringify({ v: CARD_TEMPLATE_VERSION, brand: BRAND, site: SITE_NAME, ...content }))
    .digest('hex')
    .slice(0, 32);
