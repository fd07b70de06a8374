import type { MouseEvent } from 'react';

/** First focusable element: jumps past the header to the page content (WCAG 2.4.1). */
export function SkipLink() {
  // Handled in script so the router does not see a hash change; the href still works
  // before the bundle loads.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById('main');
    if (!main) return;
    event.preventDefault();
    main.focus();
  };
  return (
    <a
      href="#main"
      onClick={skip}
      className="sr-only z-50 rounded-md bg-white px-4 py-3 font-medium text-zinc-900 focus:not-sr-only focus:fixed focus:top-3 focus:left-3 dark:bg-zinc-900 dark:text-zinc-100"
    >
      Skip to content
    </a>
  );
}
