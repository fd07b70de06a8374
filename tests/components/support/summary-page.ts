import type { SummaryPage } from '../../../src/contract/model';

/** Page n of a list of `total` stories, holding one story titled "Story on page n". */
export const summaryPage = (n: number, total: number): SummaryPage => ({
  page: n,
  pageCount: Math.ceil(total / 20),
  total,
  pageSize: 20,
  items: [
    {
      slug: `story-${n}`,
      title: `Story on page ${n}`,
      excerpt: 'x',
      readingMinutes: 1,
      ordinal: 20 * (n - 1),
      date: '2025-03-14T00:00:00Z',
      tags: [],
    },
  ],
});
