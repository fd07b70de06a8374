import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { findFocusedHeading, fixture, mockData, renderApp } from './support/render-app';
import './support/setup-dom';

const url = `/articles/${fixture.firstStory}`;

describe('story page', () => {
  it('has the title as the only h1 and in the document title', async () => {
    mockData();
    renderApp(url);
    const h1 = await screen.findByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent(`"All of Us Are Dead" Director Apologizes`);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe(`${h1.textContent} · K-Wave Reader`);
    expect(screen.getByText('4 min read')).toBeInTheDocument();
    expect(screen.getByText('Mar 14, 2025')).toHaveAttribute('datetime', '2025-03-14T00:00:00Z');
  });

  it('groups tags by kind, each linking to its tag page', async () => {
    mockData();
    renderApp(url);
    const tags = await screen.findByRole('region', { name: 'In this story' });
    const kinds = within(tags)
      .getAllByRole('term')
      .map((t) => t.textContent);
    expect(kinds).toEqual(['Person', 'Show', 'Organization']);
    expect(within(tags).getByRole('link', { name: 'All of Us Are Dead' })).toHaveAttribute(
      'href',
      `/tags/${fixture.show}`,
    );
  });

  it('credits the source under the story, before the related stories', async () => {
    mockData();
    renderApp(url);
    const credit = await screen.findByText('Source: Soompi');
    const related = screen.getByRole('region', { name: 'Related stories' });
    expect(credit.compareDocumentPosition(related) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('names the main people and show under the date, and the full tag list after the body', async () => {
    mockData();
    renderApp(url);
    const about = await screen.findByRole('list', { name: 'About' });
    expect(
      within(about)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(expect.arrayContaining(['All of Us Are Dead']));
    expect(within(about).queryByRole('link', { name: 'Netflix' })).toBeNull();
    const firstParagraph = screen.getByText(/On the morning of February 7th/);
    const allTags = screen.getByRole('region', { name: 'In this story' });
    expect(
      firstParagraph.compareDocumentPosition(allTags) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('renders paragraphs, lists and quotes as such', async () => {
    mockData();
    const { container } = renderApp(url);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText(/On the morning of February 7th/).tagName).toBe('P');
    const list = screen.getByText('837 points on FlixPatrol').closest('ul');
    expect(list).not.toBeNull();
    expect(within(list!).getAllByRole('listitem')).toHaveLength(3);
    const quote = container.querySelector('blockquote');
    expect(quote).toHaveTextContent('As a director and planner, I am sorry');
  });

  it('lists related stories with what they share, and previous / next', async () => {
    mockData();
    renderApp(url);
    const related = await screen.findByRole('region', { name: 'Related stories' });
    const second = within(related).getByRole('link', {
      name: /Feels Pressure Because of "Squid Game"/,
    });
    expect(second).toHaveAttribute('href', `/articles/${fixture.secondStory}`);
    expect(
      within(related).getByText(/Shares: Lee Jae Kyu, Netflix, All of Us Are Dead/),
    ).toBeInTheDocument();
    expect(
      within(related).getByText(/Shares: All of Us Are Dead/, { selector: 'p' }),
    ).toBeInTheDocument();

    const pager = screen.getByRole('navigation', { name: 'Previous and next stories' });
    expect(within(pager).queryByRole('link', { name: /Previous story/ })).toBeNull(); // first story
    expect(within(pager).getByRole('link', { name: /Next story/ })).toHaveAttribute(
      'href',
      `/articles/${fixture.secondStory}`,
    );
  });

  it('moves to the next story, focuses its h1 and renames the document', async () => {
    mockData();
    const { user } = renderApp(url);
    const pager = await screen.findByRole('navigation', { name: 'Previous and next stories' });
    await user.click(within(pager).getByRole('link', { name: /Next story/ }));
    const h1 = await findFocusedHeading(/Feels Pressure/);
    expect(document.title).toBe(`${h1.textContent} · K-Wave Reader`);
  });

  it('shares with the Web Share API when the browser has it', async () => {
    mockData();
    const share = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, share });
    const { user } = renderApp(url);
    await user.click(await screen.findByRole('button', { name: 'Share' }));
    expect(share).toHaveBeenCalledWith({
      title: expect.stringContaining('Director Apologizes'),
      url: `${location.origin}/articles/${fixture.firstStory}`,
    });
  });

  it('otherwise copies the link and confirms it visibly', async () => {
    mockData();
    expect('share' in navigator).toBe(false); // jsdom, like desktop Firefox, has no Web Share
    // user-event puts a clipboard stub on navigator, so the copied text can be read back.
    const { user } = renderApp(url);
    await user.click(await screen.findByRole('button', { name: 'Share' }));
    expect(await screen.findByText('Link copied to the clipboard.')).toBeVisible();
    expect(await navigator.clipboard.readText()).toBe(
      `${location.origin}/articles/${fixture.firstStory}`,
    );
  });

  it('shows not-found for an unknown story', async () => {
    mockData();
    renderApp('/articles/no-such-story');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Story not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to all stories' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Story not found · K-Wave Reader');
  });

  it('shows not-found when the host answers a missing story with its index.html (SPA fallback)', async () => {
    mockData({ '/data/articles/no-such-story.json': 'spa-fallback' });
    renderApp('/articles/no-such-story');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Story not found' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows an error with Retry when offline, and loads once the network is back', async () => {
    const { overrides } = mockData({
      [`/data/articles/${fixture.firstStory}.json`]: 'network-error',
    });
    const { user } = renderApp(url);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/could not reach the server/i);
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    delete overrides[`/data/articles/${fixture.firstStory}.json`];
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Director Apologizes/ }),
    ).toBeInTheDocument();
  });
});
