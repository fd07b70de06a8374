import { useEffect } from 'react';
import { isShortcutEvent, STORY_LINK_ATTRIBUTE, STORY_PAGER_ATTRIBUTE } from '../../lib/keyboard';

/**
 * On a story page, j and k follow its pager: the next story in the home list's order
 * (newest first) is the older one. Returns null where there is no pager (a list).
 */
function followPager(direction: 1 | -1): boolean | null {
  const pager = document.querySelector(`main [${STORY_PAGER_ATTRIBUTE}]`);
  const link = pager?.querySelector<HTMLElement>(`a[rel=${direction === 1 ? 'next' : 'prev'}]`);
  link?.click();
  return pager ? !!link : null;
}

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

/** j / k between stories (of the list on screen, or story pages), ? for help. On the document. */
export function useKeyboardShortcuts(onHelp: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A modal dialog makes the page inert; its own keys (Tab, Escape) stay native.
      if (!isShortcutEvent(event) || document.querySelector('dialog[open]')) return;
      if (event.key === '?') {
        event.preventDefault();
        onHelp();
      } else if (event.key === 'j' || event.key === 'k') {
        const direction = event.key === 'j' ? 1 : -1;
        if (followPager(direction) ?? moveBetweenStories(direction)) event.preventDefault();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onHelp]);
}
