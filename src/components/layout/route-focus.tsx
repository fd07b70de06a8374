import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * After a client-side navigation to another page, focus moves to its h1, so keyboard and
 * screen reader users start at the new content. When only the query string changes (a
 * filter chip, a page of results) focus stays on the control and the new heading and
 * count are announced instead. The first load is left to the browser.
 */
export function RouteFocus() {
  const { pathname, search } = useLocation();
  const previous = useRef<{ pathname: string; search: string } | null>(null);
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const before = previous.current;
    previous.current = { pathname, search };
    if (!before) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (before.pathname !== pathname) {
      heading?.focus({ preventScroll: true });
    } else if (before.search !== search && region.current) {
      const summary = document.querySelector('main [data-announce]')?.textContent ?? '';
      // Written straight to the DOM: the message is a side effect of the navigation, not
      // state any component renders.
      region.current.textContent = [heading?.textContent, summary].filter(Boolean).join('. ');
    }
  }, [pathname, search]);

  return <div ref={region} role="status" aria-live="polite" className="sr-only" />;
}
