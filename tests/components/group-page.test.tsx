// Issue 19: a group's page lists its members' stories too, each marked with its members,
// with a switch (links, ?own=1) for the group's own stories; every tag page shows its feeds.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FamilyChunk, TagDetail } from '../../src/contract/model';
import { mockData, renderApp } from './support/render-app';
import './support/setup-dom';

const bts = JSON.parse(
  readFileSync(resolve(process.cwd(), 'tests/fixtures/data/tags/bts/info.json'), 'utf8'),
) as TagDetail;
const jungkook = { id: 'jungkook', name: 'Jungkook', kind: 'person' } as const;

const story = (ordinal: number, title: string, members: (typeof jungkook)[]) => ({
  slug: `story-${ordinal}`,
  title,
  excerpt: 'x',
  readingMinutes: 1,
  ordinal,
  date: '2025-03-14T00:00:00Z',
  tags: members,
  members,
});

const family: FamilyChunk = {
  chunk: 1,
  items: [story(7, 'Jungkook opens a pop-up store', [jungkook]), story(5, 'BTS on tour', [])],
};

const mockGroup = () =>
  mockData({
    '/data/tags/bts/info.json': { json: { ...bts, family: 2 } },
    '/data/tags/bts/family/1.json': { json: family },
  });

describe('group page', () => {
  it("lists the members' stories too, each marked with the member it is about", async () => {
    mockGroup();
    renderApp('/tags/bts');
    const stories = await screen.findByRole('region', { name: 'Stories' });
    const cards = within(stories).getAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual([
      'Jungkook opens a pop-up store',
      'BTS on tour',
    ]);
    expect(within(cards[0]!).getByText('with Jungkook')).toBeInTheDocument();
    expect(within(cards[1]!).queryByText(/^with /)).toBeNull();
    expect(within(stories).getByText("BTS's stories and its members'.")).toBeInTheDocument();
    expect(within(stories).getByRole('link', { name: "BTS's own stories only" })).toHaveAttribute(
      'href',
      '/tags/bts?own=1',
    );
  });

  it('switches to the group’s own stories by a link, kept in the URL', async () => {
    mockGroup();
    const { user } = renderApp('/tags/bts');
    const stories = await screen.findByRole('region', { name: 'Stories' });
    await user.click(within(stories).getByRole('link', { name: "BTS's own stories only" }));
    await within(stories).findByText("BTS's own stories.");
    expect(
      within(stories).getByRole('link', { name: "With its members' stories" }),
    ).toHaveAttribute('href', '/tags/bts');
    // The group's own list (its chunks) has no member-only story, and no marks.
    expect(within(stories).queryByText('Jungkook opens a pop-up store')).toBeNull();
    expect(within(stories).queryByText(/^with /)).toBeNull();
    expect(within(stories).getAllByRole('article')).toHaveLength(bts.count);
  });

  it('leaves a tag without members as it was, and drops ?own=1 there', async () => {
    mockData();
    renderApp('/tags/jungkook?own=1');
    const stories = await screen.findByRole('region', { name: 'Stories' });
    expect(within(stories).queryByText(/own stories/)).toBeNull();
  });

  it('shows the tag’s feeds as links', async () => {
    mockGroup();
    renderApp('/tags/bts');
    const feeds = await screen.findByText(/Follow in a feed reader/);
    expect(within(feeds).getByRole('link', { name: 'RSS feed' })).toHaveAttribute(
      'href',
      '/tags/bts/feed.xml',
    );
    expect(within(feeds).getByRole('link', { name: 'JSON Feed' })).toHaveAttribute(
      'href',
      '/tags/bts/feed.json',
    );
  });
});
