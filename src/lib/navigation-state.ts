// History state a link can carry to say "this navigation refines the page you are on":
// focus stays on the control that was used and the change is announced instead (filter
// chips). Without it, focus moves to the new page's h1 (other pages, next page of a list).
export const KEEP_FOCUS = { keepFocus: true } as const;

export const keepsFocus = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && 'keepFocus' in state && state.keepFocus === true;
