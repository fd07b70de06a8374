// Class lists shared by several components, so chips and links look alike everywhere.
// Every interactive element is at least 24 px tall (WCAG 2.5.8); chips reach 32.

export const chipClass =
  'inline-flex min-h-8 items-center rounded-full border border-zinc-300 bg-zinc-50 px-3 text-sm text-zinc-800 hover:border-zinc-500 hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:border-zinc-500 dark:hover:bg-zinc-800';

export const inlineLinkClass =
  'text-rose-700 underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-rose-300';

export const buttonClass =
  'inline-flex min-h-10 items-center gap-2 rounded-md border border-zinc-300 bg-white px-4 text-sm font-medium text-zinc-900 hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800';

/** A text box: the header's search box and the search page's look alike. Size and width are the caller's. */
export const textInputClass =
  'rounded-md border border-zinc-300 bg-white px-3 text-zinc-900 placeholder:text-zinc-500 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400';

export const mutedTextClass = 'text-zinc-600 dark:text-zinc-400';

/**
 * For controls that only work with JavaScript (share, theme, shortcuts): hidden, space kept
 * so nothing moves, until the app marks <html> with "js" once it has started (src/main.tsx).
 */
export const jsOnlyClass = 'invisible in-[.js]:visible';

/**
 * For keyboard hints (the "/" in the search box, the shortcuts button): only where there is
 * a keyboard (the `keyboard` variant of styles.css). Takes the element's display when shown.
 */
export const keyboardOnlyClass = {
  block: 'hidden keyboard:block',
  inlineFlex: 'hidden keyboard:inline-flex',
};
