// What the full-text index (Pagefind) reads for one story: a small HTML document built
// from the pipeline's data, not the prerendered page, so menus, related stories and
// footers never match a query. The headline is an <h1>, which Pagefind weighs 7 times a
// body word (title matches first); every other name of every tag follows the body, so a search
// for "Steve Yoo" also finds the story that only says "Yoo Seung-jun" or "유승준". Those
// names are for matching only: excerpts are cut before them.
import type { ArticleDetail, Block } from '../contract/model.ts';
import { escapeHtml } from './html.ts';
import { eventOf } from '../features/articles/api/events.ts';

const blockHtml = (b: Block) => {
  if (b.type === 'list')
    return `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  return `<p>${b.lines.map(escapeHtml).join(' ')}</p>`;
};

/**
 * The names of a tag the story does not already say, so that they match: the story's own
 * words are indexed once (a second copy would only make the index bigger).
 */
const unsaid = (names: string[], text: string) => {
  const lower = text.toLowerCase();
  return names.filter((n) => !lower.includes(n.toLowerCase()));
};

export interface SearchRecord {
  url: string;
  content: string;
  /** The story's date: which part of the index it goes into (scripts/lib/search-parts.ts). */
  date?: string;
}

/**
 * A story's record as the index first sees it: its date (which part it goes into), a key
 * that changes whenever its content would, and how to make it. A part whose keys are the last
 * build's is kept without making any (reading 10,000 stories' data to find one new record
 * took seconds).
 */
export interface PendingRecord {
  url: string;
  date?: string;
  key: string;
  make: () => Promise<SearchRecord>;
}

export const searchRecord = (
  url: string,
  article: Pick<ArticleDetail, 'slug' | 'title' | 'date' | 'body' | 'tags' | 'reports'>,
  aliasesOf: (tagId: string) => string[],
): SearchRecord => {
  const text = [
    article.title,
    ...article.body.flatMap((b) => (b.type === 'list' ? b.items : b.lines)),
  ].join(' ');
  const names = unsaid(
    article.tags.flatMap((t) => [t.name, ...aliasesOf(t.id)]),
    text,
  );
  const aka = names.length ? `Also known as: ${names.join(', ')}.` : '';
  const content = [
    '<html lang="en"><body>',
    `<h1>${escapeHtml(article.title)}</h1>`,
    `<span data-pagefind-meta="date:${escapeHtml(article.date)}"></span>`,
    // The event it reports, when others report it too: search shows one result an event.
    article.reports
      ? `<span data-pagefind-meta="event:${escapeHtml(eventOf(article))}"></span>`
      : '',
    // How many words at the end are these names, not the story's: the reader's excerpt
    // stops before them (features/search/api/story-excerpt.ts).
    `<span data-pagefind-meta="names:${aka ? aka.split(/\s+/).length : 0}"></span>`,
    ...article.body.map(blockHtml),
    aka ? `<p>${escapeHtml(aka)}</p>` : '',
    '</body></html>',
  ].join('\n');
  return { url, content, date: article.date };
};
