// Lists keep their state in the query string (?tag=a&tag=b&match=any&page=2) so every view
// is a link.

export interface ListSearch {
  /** Tag ids, deduplicated and sorted so one filter has one URL and one cache key. */
  tags: string[];
  /**
   * An archive page: a chunk of the list counted from its oldest story, which shows the
   * same stories for good (src/config/list-chunks.ts). null: the first view, the newest.
   */
  page: number | null;
  /** ?match=any: stories with any of the tags, not all (kept only while a tag is chosen). */
  any?: boolean;
}

/** Returns null when the page is not a positive whole number: the caller shows not-found. */
export function parseListSearch(search: URLSearchParams): ListSearch | null {
  const tags = [...new Set(search.getAll('tag').filter(Boolean))].sort();
  const page = search.has('page') ? Number(search.get('page')) : null;
  const any = tags.length > 0 && search.get('match') === 'any';
  return page === null || (Number.isInteger(page) && page > 0) ? { tags, page, any } : null;
}

export function listHref(pathname: string, { tags, page, any }: ListSearch): string {
  const params = new URLSearchParams();
  for (const tag of [...new Set(tags)].sort()) params.append('tag', tag);
  if (any && tags.length) params.set('match', 'any');
  if (page !== null) params.set('page', String(page));
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** The filter with `tag` added or removed; a change of filter starts again at page 1. */
export function toggleTag(current: string[], tag: string): string[] {
  return current.includes(tag) ? current.filter((t) => t !== tag) : [...current, tag];
}
