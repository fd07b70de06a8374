import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findFocusedHeading, fixture, mockData, renderApp } from './support/render-app';
import './support/setup-dom';
import { chunksOfList, directoryWithCount, siteOf } from './support/list-chunks';

const storyLinks = () =>
  screen.getAllByRole('heading', { level: 2 }).flatMap((h) => within(h).queryAllByRole('link'));

describe('home', () => {
  it('lists every story in corpus order with link, excerpt, tags and reading time', async () => {
    mockData();
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Latest stories' }),
    ).toBeInTheDocument();
    const links = storyLinks();
    expect(links).toHaveLength(5);
    expect(links[0]).toHaveAttribute('href', `/articles/${fixture.firstStory}`);
    expect(links[4]).toHaveAttribute('href', `/articles/${fixture.lastStory}`);
    const first = links[0]!.closest('article')!;
    expect(
      within(first).getByText(/apologized for the scene of school violence/),
    ).toBeInTheDocument();
    expect(within(first).getByText('4 min read')).toBeInTheDocument();
    const date = within(first).getByText('Mar 14, 2025');
    expect(date.tagName).toBe('TIME');
    expect(date).toHaveAttribute('datetime', '2025-03-14T00:00:00Z');
    const chips = within(within(first).getByRole('list', { name: 'Tags' })).getAllByRole('link');
    expect(chips.map((c) => c.textContent)).toEqual([
      'All of Us Are Dead',
      'Lee Jae Kyu',
      'Netflix',
    ]);
    expect(chips[0]).toHaveAttribute('href', `/tags/${fixture.show}`);
    expect(screen.getByText('5 stories')).toBeInTheDocument();
    expect(document.title).toBe('Latest stories · K-Wave Reader');
  });

  it('offers the most used people, groups and shows, each with its story count', async () => {
    mockData();
    renderApp('/');
    const filter = await screen.findByRole('region', {
      name: 'Filter by people, groups and shows',
    });
    const names = within(filter)
      .getAllByRole('link')
      .map((l) => l.textContent);
    // People first, most used first; then groups, then shows; then the way to every tag.
    expect(names).toEqual([
      'Lee Jae Kyu 2 stories',
      'Jungkook 1 story',
      'Park Ji Hu 1 story',
      'Steve Yoo 1 story',
      'Yoon Chan Young 1 story',
      'BTS 1 story',
      'All of Us Are Dead 3 stories',
      'More tags',
    ]);
    expect(within(filter).getByRole('link', { name: 'BTS 1 story' })).toHaveAttribute(
      'href',
      '/?tag=bts',
    );
    expect(within(filter).getByRole('link', { name: 'More tags' })).toHaveAttribute(
      'href',
      '/tags',
    );
  });

  it('with a filter on, offers only tags that leave stories, counted within the filter', async () => {
    const { fetchMock } = mockData();
    renderApp(`/?tag=${fixture.show}`);
    const filter = await screen.findByRole('region', {
      name: 'Filter by people, groups and shows',
    });
    await screen.findByRole('heading', { level: 1, name: 'Stories about All of Us Are Dead' });
    const names = within(filter)
      .getAllByRole('link')
      .map((l) => l.textContent);
    // Lee Jae Kyu is on 2 of the show's 3 stories; BTS, Jungkook and Steve
    // Yoo are on none of them, so choosing them would show nothing: not offered.
    expect(names).toEqual([
      'Lee Jae Kyu 2 stories',
      'Park Ji Hu 1 story',
      'Yoon Chan Young 1 story',
      'All of Us Are Dead (selected, remove filter)',
      'More tags',
      'Stories with any of these tags',
      'Clear filters',
    ]);
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain(
      `/data/tags/${fixture.show}/facets.json`,
    );
  });

  it('counts a filter of several tags from the rarest tag’s facets', async () => {
    const { fetchMock } = mockData();
    renderApp(`/?tag=${fixture.show}&tag=${fixture.director}`);
    await screen.findByRole('heading', {
      level: 1,
      name: 'Stories about All of Us Are Dead and Lee Jae Kyu',
    });
    const filter = screen.getByRole('region', { name: 'Filter by people, groups and shows' });
    // Park Ji Hu is in the show, but not in its stories with its director.
    expect(
      within(filter)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual([
      'Lee Jae Kyu (selected, remove filter)',
      'All of Us Are Dead (selected, remove filter)',
      'More tags',
      'Stories with any of these tags',
      'Clear filters',
    ]);
    const facets = fetchMock.mock.calls
      .map(([url]) => String(url))
      .filter((url) => url.endsWith('/facets.json'));
    expect(facets).toEqual([`/data/tags/${fixture.director}/facets.json`]);
  });

  it('narrows to stories carrying every chosen tag, and keeps the choice in the URL', async () => {
    mockData();
    const { user, router } = renderApp('/');
    const filter = () => screen.getByRole('region', { name: 'Filter by people, groups and shows' });
    await screen.findByRole('heading', { level: 1 });
    await user.click(within(filter()).getByRole('link', { name: 'All of Us Are Dead 3 stories' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Stories about All of Us Are Dead' }),
    ).toBeInTheDocument();
    expect(storyLinks()).toHaveLength(3);
    expect(router.state.location.search).toBe(`?tag=${fixture.show}`);

    await user.click(within(filter()).getByRole('link', { name: 'Lee Jae Kyu 2 stories' }));
    expect(
      await screen.findByRole('heading', {
        name: 'Stories about All of Us Are Dead and Lee Jae Kyu',
      }),
    ).toBeInTheDocument();
    expect(storyLinks().map((l) => l.getAttribute('href'))).toEqual([
      `/articles/${fixture.firstStory}`,
      `/articles/${fixture.secondStory}`,
    ]);
    expect(new URLSearchParams(router.state.location.search).getAll('tag')).toEqual([
      fixture.show,
      fixture.director,
    ]);
    // The change is announced, since focus stays on the chip.
    await waitFor(() =>
      expect(
        screen.getByText(/Stories about All of Us Are Dead and Lee Jae Kyu\. 2 stories/),
      ).toBeInTheDocument(),
    );
    expect(document.title).toBe('Stories about All of Us Are Dead and Lee Jae Kyu · K-Wave Reader');

    await user.click(within(filter()).getByRole('link', { name: /Lee Jae Kyu.*remove filter/ }));
    expect(
      await screen.findByRole('heading', { name: 'Stories about All of Us Are Dead' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Clear filters' }));
    expect(await screen.findByRole('heading', { name: 'Latest stories' })).toBeInTheDocument();
  });

  it('intersects ordinals and reads only the chunks of every story that hold them', async () => {
    const { fetchMock } = mockData();
    renderApp(`/?tag=${fixture.director}&tag=${fixture.netflix}`);
    expect(
      await screen.findByRole('heading', { name: 'Stories about Lee Jae Kyu and Netflix' }),
    ).toBeInTheDocument();
    expect(storyLinks()).toHaveLength(2);
    const urls = fetchMock.mock.calls.map(([url]) => String(url));
    expect(urls).toContain(`/data/tags/${fixture.director}/ordinals.json`);
    expect(urls).toContain(`/data/tags/${fixture.netflix}/ordinals.json`);
    expect(urls).toContain('/data/chunks/1.json');
    expect(urls.some((u) => u.includes('/chunks/') && u.includes('/tags/'))).toBe(false);
  });

  it('says so when no story carries all the chosen tags', async () => {
    mockData();
    renderApp('/?tag=steve-yoo&tag=bts');
    expect(await screen.findByText(/No story carries all of these tags/)).toBeInTheDocument();
    expect(screen.getByText('0 stories')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Show every story' })).toHaveAttribute('href', '/');
  });

  it('shows not-found for an unknown tag or page in the URL', async () => {
    mockData();
    renderApp('/?tag=nobody');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tag not found' }),
    ).toBeInTheDocument();
  });

  it('shows not-found for a page past the end', async () => {
    mockData();
    renderApp('/?page=7');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to all stories' })).toHaveAttribute('href', '/');
  });

  it('shows the newest chunk topped up with the one before while it holds under half a page', async () => {
    // 45 stories: chunks 1 and 2 are full, chunk 3 holds 5.
    mockData({ '/data/site.json': { json: siteOf(45) }, ...chunksOfList('/data/chunks', 45) });
    renderApp('/');
    await screen.findByRole('link', { name: 'Story in chunk 3' });
    expect(storyLinks().map((link) => link.textContent)).toEqual([
      'Story in chunk 3',
      'Story in chunk 2',
    ]);
    expect(screen.getByText('45 stories')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(nav).getByText('Latest')).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: /Newer stories/ })).toBeNull();
    expect(within(nav).getByRole('link', { name: /Older stories/ })).toHaveAttribute(
      'href',
      '/?page=1',
    );
  });

  it('paginates archive pages counted from the oldest, with links that keep the filter', async () => {
    // 65 stories of the show: its first view shows chunks 4 and 3, then pages 2 and 1.
    mockData({
      '/data/tags.json': { json: directoryWithCount(fixture.show, 65) },
      ...chunksOfList(`/data/tags/${fixture.show}/chunks`, 65),
    });
    renderApp(`/?tag=${fixture.show}&page=2`);
    expect(await screen.findByRole('link', { name: 'Story in chunk 2' })).toBeInTheDocument();
    expect(storyLinks()).toHaveLength(1);
    expect(screen.getByText('65 stories, page 2 of 4')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(nav).getByText('Page 2 of 4')).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: /Newer stories/ })).toHaveAttribute(
      'href',
      `/?tag=${fixture.show}`,
    );
    expect(within(nav).getByRole('link', { name: /Older stories/ })).toHaveAttribute(
      'href',
      `/?tag=${fixture.show}&page=1`,
    );
    expect(document.title).toBe('Stories about All of Us Are Dead, page 2 · K-Wave Reader');
  });

  it('shows not-found for a page past the end of a filter by several tags', async () => {
    mockData();
    renderApp(`/?tag=${fixture.director}&tag=${fixture.netflix}&page=2`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
  });

  it('shows not-found for an archive page past the newest chunk', async () => {
    mockData({
      '/data/tags.json': { json: directoryWithCount(fixture.show, 65) },
      ...chunksOfList(`/data/tags/${fixture.show}/chunks`, 65),
    });
    renderApp(`/?tag=${fixture.show}&page=5`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
  });

  it('moves focus to the heading after Older stories, but keeps it on a chosen filter chip', async () => {
    mockData({ '/data/site.json': { json: siteOf(45) }, ...chunksOfList('/data/chunks', 45) });
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: /Older stories/ }));
    await screen.findByRole('link', { name: 'Story in chunk 1' });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());

    const chip = within(
      screen.getByRole('region', { name: 'Filter by people, groups and shows' }),
    ).getByRole('link', {
      name: 'Steve Yoo 1 story',
    });
    await user.click(chip);
    const h1 = await screen.findByRole('heading', { level: 1, name: 'Stories about Steve Yoo' });
    expect(h1).not.toHaveFocus();
    expect(screen.getByRole('link', { name: /Steve Yoo.*remove filter/ })).toHaveFocus();
  });

  // The activated control is gone after these navigations; focus must not fall to <body>.
  it('moves focus to the h1 when Clear filters goes away', async () => {
    mockData();
    const { user } = renderApp('/?tag=steve-yoo');
    (await screen.findByRole('link', { name: 'Clear filters' })).focus();
    await user.keyboard('{Enter}');
    await findFocusedHeading('Latest stories');
  });

  it('moves focus to the h1 when a removed chip was shown only because it was selected', async () => {
    mockData();
    // Songs are not offered as chips; a link can still carry one.
    const { user } = renderApp('/?tag=seven');
    await user.click(await screen.findByRole('link', { name: /Seven.*remove filter/ }));
    await findFocusedHeading('Latest stories');
    const filter = screen.getByRole('region', { name: 'Filter by people, groups and shows' });
    expect(within(filter).queryByRole('link', { name: /Seven/ })).toBeNull();
  });

  it('moves focus to the h1 when a chip ends in the error view', async () => {
    mockData({ '/data/tags/steve-yoo/chunks/1.json': { status: 500 } });
    const { user } = renderApp('/');
    const filter = await screen.findByRole('region', {
      name: 'Filter by people, groups and shows',
    });
    await user.click(within(filter).getByRole('link', { name: 'Steve Yoo 1 story' }));
    await findFocusedHeading('Something went wrong');
  });

  it('shows an error with Retry when the list fails, and recovers', async () => {
    const { overrides } = mockData({ '/data/chunks/1.json': { status: 500 } });
    const { user } = renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('error 500');
    expect(screen.getByRole('banner')).toBeInTheDocument(); // inside the layout
    delete overrides['/data/chunks/1.json'];
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Latest stories' }),
    ).toBeInTheDocument();
  });
});
