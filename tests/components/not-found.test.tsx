import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findFocusedHeading, mockData, renderApp } from './support/render-app';
import './support/setup-dom';

describe('unknown path', () => {
  it('shows the not-found view inside the layout with a way back', async () => {
    mockData();
    const { user } = renderApp('/no/such/page');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(document.title).toBe('Page not found · K-Wave Reader');
    await user.click(screen.getByRole('link', { name: 'Back to all stories' }));
    await findFocusedHeading('Latest stories');
  });

  it('treats a malformed page number as not found', async () => {
    mockData();
    renderApp('/?page=zero');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
  });
});

describe('crafted ids', () => {
  // Decoded, these are "../pages/1", "Steve-Yoo" and "x/../../site.json?": none may reach a
  // data URL, or the app fetches some other file and crashes into the error view.
  it.each([
    ['/articles/..%2Fpages%2F1', 'Story not found'],
    ['/articles/Steve-Yoo-Visa-Ruling-M4N5O6', 'Story not found'],
    ['/tags/..%2Fpages%2F1', 'Tag not found'],
    ['/tags/x%2F..%2F..%2Fsite.json%3F', 'Tag not found'],
    ['/tags/Steve%20Yoo', 'Tag not found'],
  ])('%s is not found, with nothing fetched for it', async (url, title) => {
    const { fetchMock } = mockData();
    renderApp(url);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    const fetched = fetchMock.mock.calls.map(([input]) => String(input));
    expect(fetched.filter((u) => /\/data\/(articles|tags)\//.test(u))).toEqual([]);
  });
});

describe('tag ids in capitals', () => {
  // A reader types or shares a tag as they write it; its address is lowercase.
  it.each([
    ['/tags/BTS', '/tags/bts', '', 'BTS'],
    ['/tags/Steve-Yoo?page=1', '/tags/steve-yoo', '?page=1', 'Steve Yoo'],
    ['/?tag=BTS', '/', '?tag=bts', 'Stories about BTS'],
    ['/?tag=Steve-Yoo&tag=bts', '/', '?tag=bts&tag=steve-yoo', 'Stories about BTS and Steve Yoo'],
  ])('%s shows the page at %s%s, replacing the entry', async (url, pathname, search, title) => {
    mockData();
    const { router } = renderApp(url);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(router.state.location).toMatchObject({ pathname, search });
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('still shows not-found for a tag that is unknown in any case', async () => {
    mockData();
    renderApp('/?tag=NO-SUCH-TAG');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tag not found' }),
    ).toBeInTheDocument();
  });
});
