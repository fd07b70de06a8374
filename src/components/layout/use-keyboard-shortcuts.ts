import { useEffect } from 'react';
import { isShortcutEvent, STORY_LINK_ATTRIBUTE } from '../../lib/keyboard';
import { noteKeyPress } from '../../lib/keyboard-presence';

/** Moves focus to the story before or after the focused one (or the first/last). */
function moveBetweenStories(direction: 1 | -1): boolean {
  const links = [...document.querySelectorAll<HTMLElement>(`main [${STORY_LINK_ATTRIBUTE}]`)];
  if (links.length === 0) return false;
  const story = document.activeElement?.closest('[data-story]');
  const current = links.findIndex((link) => link.closest('[data-story]') === story);
  const next =
    current < 0
      ? direction === 1
        ? 0
        : links.length - 1
      : Math.min(Math.max(current + direction, 0), links.length - 1);
  const target = links[next];
  if (!target) return false;
  target.focus();
  target.scrollIntoView?.({ block: 'nearest' });
  return true;
}

/**
 * j / k between stories of the list on screen, ? for help, / to the header's search box
 * (marked data-search-box). Listens on the document.
 */
export function useKeyboardShortcuts(onHelp: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      noteKeyPress(event);
      // A modal dialog makes the page inert; its own keys (Tab, Escape) stay native.
      if (!isShortcutEvent(event) || document.querySelector('dialog[open]')) return;
      const searchBox = document.querySelector<HTMLInputElement>('[data-search-box]');
      if (event.key === '?') {
        event.preventDefault();
        onHelp();
      } else if (event.key === '/' && searchBox) {
        event.preventDefault();
        searchBox.focus();
        searchBox.select();
      } else if (
        (event.key === 'j' || event.key === 'k') &&
        moveBetweenStories(event.key === 'j' ? 1 : -1)
      ) {
        event.preventDefault();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onHelp]);
}
