// What the single-key shortcuts do, loaded with the first key the reader presses
// (use-keyboard-shortcuts.ts): most readers never press one, so it is not in the first load.
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

/** j / k between the stories of the list on screen, ? for help, / to the search box. */
export const handleShortcut = (event: KeyboardEvent, onHelp: () => void) => {
  noteKeyPress(event);
  // A modal dialog makes the page inert; its own keys (Tab, Escape) stay native.
  if (!isShortcutEvent(event) || document.querySelector('dialog[open]')) return;
  if (event.key === '?') {
    event.preventDefault();
    onHelp();
  } else if (event.key === '/') {
    event.preventDefault();
    focusSearchBox();
  } else if (
    (event.key === 'j' || event.key === 'k') &&
    moveBetweenStories(event.key === 'j' ? 1 : -1)
  ) {
    event.preventDefault();
  }
};

/** The header's search box (marked data-search-box), focused with its text selected. */
export const focusSearchBox = () => {
  const box = document.querySelector<HTMLInputElement>('[data-search-box]');
  box?.focus();
  box?.select();
};
