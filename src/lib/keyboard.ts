/** Single-key shortcuts must not fire while the user types or holds a modifier. */
export function isShortcutEvent(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target;
  if (!(target instanceof HTMLElement)) return true;
  if (target.isContentEditable) return false;
  return !['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Marks the links j and k move between: the title link of each story in a list. */
export const STORY_LINK_ATTRIBUTE = 'data-story-link';
