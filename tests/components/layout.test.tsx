import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findFocusedHeading, fixture, mockData, renderApp } from './support/render-app';
import './support/setup-dom';

/** The headlines of the stories listed (the page has other level-2 headings: Trending, Filter). */
const storyHeadings = () =>
  screen.getAllByRole('heading', { level: 2 }).filter((h) => h.closest('article'));

describe('layout', () => {
  it('has header, nav, main and footer landmarks and a skip link first', async () => {
    mockData();
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Stories' })).toHaveAttribute('aria-current', 'page');

    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('toggles and remembers the dark theme', async () => {
    mockData();
    const { user } = renderApp('/');
    const toggle = await screen.findByRole('button', { name: 'Dark theme' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(document.documentElement).toHaveClass('dark');
    expect(localStorage.getItem('theme')).toBe('dark');
    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'true'));
    await user.click(toggle);
    expect(document.documentElement).not.toHaveClass('dark');
    expect(localStorage.getItem('theme')).toBe('light');
  });

  it('follows a dark class set before the app starts (by the inline theme script)', async () => {
    document.documentElement.classList.add('dark');
    mockData();
    renderApp('/');
    expect(await screen.findByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('moves between stories with j and k, and opens them with Enter', async () => {
    mockData();
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    const titles = storyHeadings();
    await user.keyboard('j');
    expect(titles[0]!.querySelector('a')).toHaveFocus();
    await user.keyboard('jj');
    expect(titles[2]!.querySelector('a')).toHaveFocus();
    await user.keyboard('k');
    expect(titles[1]!.querySelector('a')).toHaveFocus();
    await user.keyboard('{Enter}');
    await findFocusedHeading(/Feels Pressure/);
  });

  it('on a story page, goes to the next (older) story with j and back with k', async () => {
    mockData();
    const { user, router } = renderApp(`/articles/${fixture.firstStory}`);
    await screen.findByRole('heading', { level: 1, name: /Director Apologizes/ });
    await user.keyboard('j');
    await findFocusedHeading(/Feels Pressure/);
    expect(router.state.location.pathname).toBe(`/articles/${fixture.secondStory}`);
    await user.keyboard('k');
    await findFocusedHeading(/Director Apologizes/);
    // The newest story has no previous one: k does nothing there, not even move focus.
    await user.keyboard('k');
    expect(router.state.location.pathname).toBe(`/articles/${fixture.firstStory}`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('shows the shortcuts with ?', async () => {
    mockData();
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent('Next story (older)');
    // Focus on the heading, not the on/off switch, where a Space would turn shortcuts off.
    expect(screen.getByRole('heading', { name: 'Keyboard shortcuts' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'Single-key shortcuts' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: /Keyboard shortcuts/ }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
  });

  it('turns the single-key shortcuts off and on again from the dialog, and remembers', async () => {
    mockData();
    const first = renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    const firstStory = () => storyHeadings()[0]!.querySelector('a');
    await first.user.keyboard('?');
    const toggle = await screen.findByRole('checkbox', { name: 'Single-key shortcuts' });
    expect(toggle).toBeChecked();
    await first.user.click(toggle);
    expect(toggle).not.toBeChecked();
    await first.user.click(screen.getByRole('button', { name: 'Close' }));
    await first.user.keyboard('j');
    expect(firstStory()).not.toHaveFocus();
    await first.user.keyboard('?');
    expect(screen.queryByRole('dialog')).toBeNull();

    // A new page load keeps the choice; the footer button still opens the dialog.
    first.unmount();
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    await user.keyboard('jk?');
    expect(firstStory()).not.toHaveFocus();
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: /Keyboard shortcuts/ }));
    const again = await screen.findByRole('checkbox', { name: 'Single-key shortcuts' });
    expect(again).not.toBeChecked();
    await user.click(again);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await user.keyboard('j');
    expect(firstStory()).toHaveFocus();
  });

  it('prefetches a story when its link is hovered or focused', async () => {
    const { fetchMock } = mockData();
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    const requested = () => fetchMock.mock.calls.map(([url]) => String(url));
    const link = screen.getByRole('link', { name: /Feels Pressure/ });
    expect(requested()).not.toContain(`/data/articles/${fixture.secondStory}.json`);
    await user.hover(link);
    await waitFor(() =>
      expect(requested()).toContain(`/data/articles/${fixture.secondStory}.json`),
    );

    await user.keyboard('j'); // focus the first story
    await waitFor(() => expect(requested()).toContain(`/data/articles/${fixture.firstStory}.json`));
    const before = requested().length;
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: /Director Apologizes/ });
    expect(requested().length).toBe(before); // the story came from the cache
  });

  it('focuses the new h1 after following a nav link, and Back returns to the list', async () => {
    mockData();
    const { user, router } = renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('link', { name: 'Tags' }));
    await findFocusedHeading('Tags');
    await router.navigate(-1);
    await findFocusedHeading('Latest stories');
  });
});
