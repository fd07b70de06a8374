import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixture, mockData, renderApp } from './support/render-app';
import './support/setup-dom';

describe('tag directory', () => {
  it('lists every tag grouped by kind with its number of stories', async () => {
    mockData();
    renderApp('/tags');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tags' })).toBeInTheDocument();
    const kinds = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(kinds).toEqual(['People', 'Groups', 'Shows', 'Characters', 'Songs', 'Organizations']);
    const shows = screen.getByRole('region', { name: 'Shows' });
    const show = within(shows).getByRole('link', { name: /All of Us Are Dead/ });
    expect(show).toHaveAttribute('href', `/tags/${fixture.show}`);
    expect(show).toHaveTextContent('3 stories');
    const people = within(screen.getByRole('region', { name: 'People' })).getAllByRole('link');
    expect(people.map((l) => l.firstChild?.textContent)).toEqual([
      'Jungkook',
      'Lee Jae Kyu',
      'Park Ji Hu',
      'Steve Yoo',
      'Yoon Chan Young',
    ]);
    expect(
      within(screen.getByRole('region', { name: 'Songs' })).getByRole('link'),
    ).toHaveTextContent(/Seven\s*1 story/);
    expect(document.title).toBe('Tags · K-Wave Reader');
  });

  it('finds a tag by name as the reader types, keeping the text in the URL', async () => {
    mockData();
    const { user, router } = renderApp('/tags');
    const box = await screen.findByRole('searchbox', { name: 'Find a tag' });
    await user.type(box, 'Steve-y');
    expect(box).toHaveFocus();
    expect(router.state.location.search).toBe('?q=Steve-y');
    const links = () => within(screen.getByRole('main')).getAllByRole('link');
    expect(links().map((l) => l.firstChild?.textContent)).toEqual(['Steve Yoo']);
    expect(screen.getByText('1 tag matches')).toBeInTheDocument();
    await user.clear(box);
    await user.type(box, 'ALL OF US');
    expect(links().map((l) => l.firstChild?.textContent)).toEqual(['All of Us Are Dead']);
    await user.clear(box);
    expect(router.state.location.search).toBe('');
    expect(links().length).toBeGreaterThan(5);
  });

  it('opens narrowed from a link with ?q=', async () => {
    mockData();
    renderApp('/tags?q=jae');
    const box = await screen.findByRole('searchbox', { name: 'Find a tag' });
    expect(box).toHaveValue('jae');
    expect(
      within(screen.getByRole('main'))
        .getAllByRole('link')
        .map((l) => l.firstChild?.textContent),
    ).toEqual(['Lee Jae Kyu']);
  });

  it('shows an error with Retry when the directory fails', async () => {
    const { overrides } = mockData({ '/data/tags.json': { status: 503 } });
    const { user } = renderApp('/tags');
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
    delete overrides['/data/tags.json'];
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tags' })).toBeInTheDocument();
  });
});
