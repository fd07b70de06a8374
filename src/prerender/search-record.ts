// What the full-text index (Pagefind) reads for one story: a small HTML document built
// from the pipeline's data, not the prerendered page, so menus, related stories and
// footers never match a query. The headline is an <h1>, which Pagefind weighs 7 times a
// body word (title matches first); every name of every tag follows the body, so a search
// for "Steve Yoo" also finds the story that only says "Yoo Seung-jun" or "유승준".
import type { ArticleDetail, Block } from '../content/model.ts';
import { escapeHtml } from './html.ts';

const blockHtml = (b: Block) => {
  if (b.type === 'list')
    return `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  return `<p>${b.lines.map(escapeHtml).join(' ')}</p>`;
};

/** "Yoo Seung-jun (Steve Yoo, 유승준)": a tag's name with the other names it goes by. */
const namesOf = (name: string, aliases: string[]) =>
  aliases.length ? `${name} (${aliases.join(', ')})` : name;

export interface SearchRecord {
  url: string;
  content: string;
}

export const searchRecord = (
  url: string,
  article: Pick<ArticleDetail, 'title' | 'date' | 'body' | 'tags'>,
  aliasesOf: (tagId: string) => string[],
): SearchRecord => {
  const names = article.tags.map((t) => namesOf(t.name, aliasesOf(t.id)));
  const content = [
    '<html lang="en"><body>',
    `<h1>${escapeHtml(article.title)}</h1>`,
    `<span data-pagefind-meta="date:${escapeHtml(article.date)}"></span>`,
    ...article.body.map(blockHtml),
    names.length ? `<p>In this story: ${escapeHtml(names.join('; '))}.</p>` : '',
    '</body></html>',
  ].join('\n');
  return { url, content };
};
