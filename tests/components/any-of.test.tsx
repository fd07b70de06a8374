// Issue 19: the filter combines tags as "any of" as well as "all of"; the choice is in the
// URL (?match=any), and each chip counts what choosing it would show.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockData, renderApp } from './support/render-app';
import './support/setup-dom';

const filterRegion = () =>
  screen.getByRole('region', { name: 'Filter by people, groups and shows' });

describe('any-of filter', () => {
  it('shows the stories of any chosen tag, with true chip counts', async () => {
    mockData();
    renderApp('/?tag=bts&tag=steve-yoo&match=any');
    await screen.findByRole('heading', { level: 1, name: 'Stories about BTS or Steve Yoo' });
    expect(screen.getByText('2 stories')).toBeInTheDocument();
    const filter = filterRegion();
    // Shown now: BTS's story (with Jungkook) and Steve Yoo's. Adding the show adds its 3.
    const chip = (name: string) =>
      within(filter)
        .getAllByRole('link')
        .find((l) => l.textContent?.startsWith(name))?.textContent;
    expect(chip('All of Us Are Dead')).toBe('All of Us Are Dead 5 stories');
    expect(chip('Lee Jae Kyu')).toBe('Lee Jae Kyu 4 stories');
    expect(chip('Jungkook')).toBe('Jungkook 2 stories');
    expect(
      within(filter).getByRole('link', { name: 'Stories with all of these tags' }),
    ).toHaveAttribute('href', '/?tag=bts&tag=steve-yoo');
    // A chip keeps the mode: its link is an any-of filter too.
    expect(
      within(filter)
        .getAllByRole('link')
        .find((l) => l.textContent?.startsWith('Lee Jae Kyu')),
    ).toHaveAttribute('href', '/?tag=bts&tag=lee-jae-kyu&tag=steve-yoo&match=any');
  });

  it('switches from all of to any of by a link', async () => {
    mockData();
    const { user } = renderApp('/?tag=bts&tag=steve-yoo');
    await screen.findByRole('heading', { level: 1, name: 'Stories about BTS and Steve Yoo' });
    expect(screen.getByText('0 stories')).toBeInTheDocument();
    await user.click(
      within(filterRegion()).getByRole('link', { name: 'Stories with any of these tags' }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Stories about BTS or Steve Yoo' });
    expect(screen.getByText('2 stories')).toBeInTheDocument();
  });

  it('shows the site feeds on the home page', async () => {
    mockData();
    renderApp('/');
    const feeds = await screen.findByText(/Follow in a feed reader/);
    expect(within(feeds).getByRole('link', { name: 'RSS feed' })).toHaveAttribute(
      'href',
      '/feed.xml',
    );
    expect(within(feeds).getByRole('link', { name: 'JSON Feed' })).toHaveAttribute(
      'href',
      '/feed.json',
    );
  });
});
