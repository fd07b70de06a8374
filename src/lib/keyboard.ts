// The reader can turn the single-key shortcuts off (WCAG 2.1.4): speech input and some
// assistive tools type letters that would otherwise move focus. The choice is read on
// every key press, never at module scope or in render: prerendered pages have no storage.
const SINGLE_KEYS = 'single-key-shortcuts';
// This page's choice, for when storage refuses to keep it (blocked site data).
let singleKeysOff = false;

export function singleKeysOn(): boolean {
  try {
    singleKeysOff = localStorage.getItem(SINGLE_KEYS) === 'off';
  } catch {
    // Keep this page's choice.
  }
  return !singleKeysOff;
}

export function setSingleKeys(on: boolean) {
  singleKeysOff = !on;
  try {
    localStorage.setItem(SINGLE_KEYS, on ? 'on' : 'off');
  } catch {
    // The choice then lasts for this page only.
  }
}

/**
 * Single-key shortcuts fire only while turned on, and never while the user types or
 * holds a modifier.
 */
export function isShortcutEvent(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
  if (!singleKeysOn()) return false;
  const target = event.target;
  if (!(target instanceof HTMLElement)) return true;
  if (target.isContentEditable) return false;
  return !['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Marks the links j and k move between: the title link of each story in a list. */
export const STORY_LINK_ATTRIBUTE = 'data-story-link';
