// Permalinks: /articles/<title words>-<6 hex>. See docs/decisions/0002-permalinks.md.
// The slug depends on the article alone (its title, its file's name, and how many
// earlier articles in that file share the title), never on other files or the body.
import { createHash } from 'node:crypto';
import { romanize } from 'es-hangul';

const MAX_WORDS_LENGTH = 80;
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]+/g;

/** Lowercase ASCII words joined by hyphens; Hangul is romanized, other scripts dropped. */
export const slugify = (text: string, maxLength = MAX_WORDS_LENGTH) => {
  const ascii = text
    .replace(HANGUL, (run) => ` ${romanize(run)} `)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘]s\b/g, '')
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= maxLength) return ascii;
  const cut = ascii.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : ascii.slice(0, maxLength)).replace(/-+$/, '');
};

const fileStem = (file: string) => file.replace(/^.*\//, '').replace(/\.txt$/i, '');

/**
 * `occurrence` counts earlier articles in the same file with the same title, so two
 * identical titles in one file still differ.
 */
export const articleSlug = (title: string, file: string, occurrence: number) => {
  const words = slugify(title) || 'story';
  const hash = createHash('sha1')
    .update(`${fileStem(file)}\n${title.normalize('NFC')}\n${occurrence}`)
    .digest('hex')
    .slice(0, 6);
  return `${words}-${hash}`;
};
