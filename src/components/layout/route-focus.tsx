import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { keepsFocus } from '../../lib/navigation-state';

/**
 * After a client-side navigation focus moves to the new page's h1, so keyboard and screen
 * reader users start at the new content. A navigation that only refines the current page
 * (a filter chip, marked with KEEP_FOCUS) leaves focus on the control and announces the
 * new heading and count instead, unless the control went away with the old view. The
 * first load is left to the browser.
 */
export function RouteFocus() {
  const { key, state } = useLocation();
  const previousKey = useRef<string | null>(null);
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const before = previousKey.current;
    previousKey.current = key;
    if (before === null || before === key) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    const active = document.activeElement;
    if (!keepsFocus(state)) {
      heading?.focus({ preventScroll: true });
    } else if (region.current) {
      // The control itself may be gone (Clear filters, a chip shown only while selected,
      // an error view): focus then starts again at the h1 rather than at <body>.
      if (!active?.isConnected || active === document.body) heading?.focus();
      const summary = document.querySelector('main [data-announce]')?.textContent ?? '';
      // Written straight to the DOM: the message is a side effect of the navigation, not
      // state any component renders.
      region.current.textContent = [heading?.textContent, summary].filter(Boolean).join('. ');
    }
  }, [key, state]);

  return <div ref={region} role="status" aria-live="polite" className="sr-only" />;
}
