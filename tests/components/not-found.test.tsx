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
    ['/tags/Steve-Yoo', 'Tag not found'],
  ])('%s is not found, with nothing fetched for it', async (url, title) => {
    const { fetchMock } = mockData();
    renderApp(url);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    const fetched = fetchMock.mock.calls.map(([input]) => String(input));
    expect(fetched.filter((u) => /\/data\/(articles|tags)\//.test(u))).toEqual([]);
  });
});
