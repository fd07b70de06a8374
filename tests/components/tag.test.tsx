import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixture, mockData, renderApp } from './support/render-app';
import './support/setup-dom';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TagDetail } from '../../src/contract/model';
import { chunksOfList } from './support/list-chunks';

/** The fixture show's info, as if it had `count` stories: its list is cut by the count. */
const showWithCount = (count: number): TagDetail => ({
  ...(JSON.parse(
    readFileSync(
      resolve(process.cwd(), `tests/fixtures/data/tags/${fixture.show}/info.json`),
      'utf8',
    ),
  ) as TagDetail),
  count,
});

describe('tag page', () => {
  it('shows not-found for a page past its newest chunk', async () => {
    mockData({
      [`/data/tags/${fixture.show}/info.json`]: { json: showWithCount(45) },
      ...chunksOfList(`/data/tags/${fixture.show}/chunks`, 45),
    });
    renderApp(`/tags/${fixture.show}?page=4`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
  });

  it("pages through a long tag's stories by fixed chunks, newest view first", async () => {
    mockData({
      [`/data/tags/${fixture.show}/info.json`]: { json: showWithCount(45) },
      ...chunksOfList(`/data/tags/${fixture.show}/chunks`, 45),
    });
    const { user } = renderApp(`/tags/${fixture.show}`);
    const stories = await screen.findByRole('region', { name: 'Stories' });
    expect(
      within(stories)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Story in chunk 3', 'Story in chunk 2']);
    await user.click(within(stories).getByRole('link', { name: /Older stories/ }));
    expect(await screen.findByRole('link', { name: 'Story in chunk 1' })).toBeInTheDocument();
    expect(screen.getByText('45 stories, page 1 of 3')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Newer stories/ })).toHaveAttribute(
      'href',
      `/tags/${fixture.show}`,
    );
  });

  it("shows the tag's name, kind, other names and related entities", async () => {
    mockData();
    renderApp('/tags/steve-yoo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Steve Yoo' })).toBeInTheDocument();
    expect(screen.getByText('Person')).toBeInTheDocument();
    expect(screen.getByText(/Also known as/)).toHaveTextContent(
      'Also known as Yoo Seung Jun, 유승준',
    );
    expect(screen.getByText('유승준')).toHaveAttribute('lang', 'ko');
    expect(document.title).toBe('Steve Yoo · K-Wave Reader');
  });

  it("lists a show's people and characters under their relation", async () => {
    mockData();
    renderApp(`/tags/${fixture.show}`);
    const related = await screen.findByRole('region', { name: 'Related' });
    expect(
      within(related)
        .getAllByRole('term')
        .map((t) => t.textContent),
    ).toEqual(['Director', 'Actors', 'Character']);
    expect(within(related).getByRole('link', { name: /Nam On Jo/ })).toHaveAttribute(
      'href',
      '/tags/nam-on-jo',
    );
  });

  it("pairs a show's actors with the characters they play, linking names that have pages", async () => {
    mockData();
    renderApp(`/tags/${fixture.show}`);
    const cast = await screen.findByRole('region', { name: 'Cast and characters' });
    const items = within(cast).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Park Ji Hu as Nam On Jo',
      'Yoon Chan Young as Lee Cheong San',
    ]);
    expect(within(items[0]!).getByRole('link', { name: 'Park Ji Hu' })).toHaveAttribute(
      'href',
      '/tags/park-ji-hu',
    );
    expect(within(items[1]!).queryByRole('link')).toBeNull();
  });

  it('lists the characters a person played and in which show', async () => {
    mockData();
    renderApp('/tags/park-ji-hu');
    const roles = await screen.findByRole('region', { name: 'Roles' });
    expect(within(roles).getByRole('listitem')).toHaveTextContent(
      'Nam On Jo in All of Us Are Dead',
    );
    expect(within(roles).getByRole('link', { name: 'All of Us Are Dead' })).toHaveAttribute(
      'href',
      `/tags/${fixture.show}`,
    );
  });

  it('lists exactly the stories that carry the tag', async () => {
    mockData();
    renderApp(`/tags/${fixture.director}`);
    const stories = await screen.findByRole('region', { name: 'Stories' });
    const links = within(stories)
      .getAllByRole('heading', { level: 3 })
      .map((h) => within(h).getByRole('link').getAttribute('href'));
    expect(links).toEqual([`/articles/${fixture.firstStory}`, `/articles/${fixture.secondStory}`]);
    expect(within(stories).getByText('2 stories')).toBeInTheDocument();
  });

  it('shows not-found for an unknown tag', async () => {
    mockData();
    renderApp('/tags/nobody-at-all');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tag not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse tags' })).toHaveAttribute('href', '/tags');
  });

  it('shows an error with Retry when the tag data fails', async () => {
    mockData({ [`/data/tags/${fixture.show}/info.json`]: { status: 500 } });
    renderApp(`/tags/${fixture.show}`);
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('error 500');
  });
});
