// One card an event (decision 0030): a list shows the earliest report of an event in its place
// with "N reports" that opens to the others; a story page lists the other reports; the home
// page shows what is trending.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ArticleDetail, ListChunk, ReportLink } from '../../src/contract/model';
import { mockData, renderApp } from './support/render-app';
import './support/setup-dom';

const FIXTURES = resolve(process.cwd(), 'tests/fixtures/data');
const read = <T,>(path: string) => JSON.parse(readFileSync(`${FIXTURES}/${path}`, 'utf8')) as T;

// The fixture's three interview stories (newest first in the chunk), made one event whose
// earliest report is the last of them.
const chunk = read<ListChunk>('chunks/1.json');
const interview = chunk.items.slice(0, 3);
const reports: ReportLink[] = interview
  .toReversed()
  .map((s, i) => ({ slug: s.slug, title: s.title, ...(i === 1 ? { source: 'Soompi' } : {}) }));
const withEvent: ListChunk = {
  ...chunk,
  items: chunk.items.map((s, i) => (i < 3 ? { ...s, reports } : s)),
};
const earliest = interview[2]!;

const storyHeadings = () =>
  screen.getAllByRole('heading', { level: 2 }).filter((h) => h.closest('article'));

describe('events', () => {
  it('lists one card an event, the earliest report, with the others behind "3 reports"', async () => {
    mockData({ '/data/chunks/1.json': { json: withEvent } });
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Latest stories' });
    const titles = storyHeadings().map((h) => h.textContent);
    // Five stories, three of one event: three cards, the event's in its earliest report's place.
    expect(titles).toEqual([earliest.title, chunk.items[3]!.title, chunk.items[4]!.title]);
    expect(screen.getByText('5 stories')).toBeInTheDocument();
    const card = storyHeadings()[0]!.closest('article')!;
    const more = within(card).getByText(/^3 reports/);
    expect(more.tagName).toBe('SUMMARY');
    await user.click(more);
    expect(more.closest('details')).toHaveAttribute('open');
    const links = within(more.closest('details')!).getAllByRole('link');
    // The others, earliest first, with who published them when the story says.
    expect(links.map((l) => l.textContent)).toEqual([interview[1]!.title, interview[0]!.title]);
    expect(links[0]).toHaveAttribute('href', `/articles/${interview[1]!.slug}`);
    expect(within(more.closest('details')!).getByText(/Soompi/)).toBeInTheDocument();
  });

  it("lists the other reports on a story's page, and not itself", async () => {
    const slug = interview[0]!.slug;
    const detail = read<ArticleDetail>(`articles/${slug}.json`);
    mockData({ [`/data/articles/${slug}.json`]: { json: { ...detail, reports } } });
    renderApp(`/articles/${slug}`);
    const section = await screen.findByRole('region', { name: 'Other reports of this event' });
    const links = within(section).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      `/articles/${interview[2]!.slug}`,
      `/articles/${interview[1]!.slug}`,
    ]);
  });

  it('shows no other reports for a story that is the only report of its event', async () => {
    mockData();
    renderApp(`/articles/${interview[0]!.slug}`);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'Other reports of this event' })).toBeNull();
  });

  it('shows trending people and shows on the first view of every story only', async () => {
    mockData();
    renderApp('/');
    const trending = await screen.findByRole('region', { name: /^Trending/ });
    const links = within(trending).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'All of Us Are Dead 2 events',
      'Lee Jae Kyu 2 events',
      'Jungkook 2 events',
    ]);
    expect(links[0]).toHaveAttribute('href', '/tags/all-of-us-are-dead');
  });

  it('leaves trending off a filtered view', async () => {
    mockData();
    renderApp('/?tag=jungkook');
    await screen.findByRole('heading', { level: 1, name: 'Stories about Jungkook' });
    expect(screen.queryByRole('region', { name: /^Trending/ })).toBeNull();
  });
});
