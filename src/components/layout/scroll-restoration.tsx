// Scroll positions across client navigations: a new page starts at its top (or at the
// #fragment it links to), Back and Forward return to where the reader was. It replaces
// react-router's <ScrollRestoration> for two reasons (docs/decisions/0011-first-paint.md):
// the router's scrolls to the top when the app starts, and the app now starts after the
// first paint, when a reader may already have scrolled the prerendered page; and it carries
// framework-mode code, ~1 KB gzip on every page. The router itself records the positions.
import { useContext, useLayoutEffect, useRef } from 'react';
import {
  UNSAFE_DataRouterContext as DataRouterContext,
  UNSAFE_DataRouterStateContext as DataRouterStateContext,
  useLocation,
} from 'react-router-dom';

/** Kept in the tab's session storage, so they survive a reload or a visit elsewhere and back. */
const STORAGE_KEY = 'scroll-positions';

export function ScrollRestoration() {
  const router = useContext(DataRouterContext)?.router;
  const state = useContext(DataRouterStateContext);
  const location = useLocation();
  // The page as it loaded: the browser placed it (top, #fragment, or where a reload was).
  const loaded = useRef(location);

  useLayoutEffect(() => {
    if (!router) return undefined;
    let positions: Record<string, number> = {};
    try {
      positions = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}') as typeof positions;
    } catch {
      // Nothing kept, or storage refused: positions start empty.
    }
    window.history.scrollRestoration = 'manual';
    // The router saves the position of the page it leaves into `positions` (by history entry).
    const disable = router.enableScrollRestoration(positions, () => window.scrollY);
    // When the document goes (reload, another site), keep the positions and give the browser
    // its own restoration back for the entry it leaves.
    const save = () => {
      if (router.state.navigation.state === 'idle')
        positions[router.state.location.key] = window.scrollY;
      try {
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify(positions));
      } catch {
        // Storage refused: positions last for this document only.
      }
      window.history.scrollRestoration = 'auto';
    };
    window.addEventListener('pagehide', save);
    return () => {
      disable();
      window.removeEventListener('pagehide', save);
      window.history.scrollRestoration = 'auto';
    };
  }, [router]);

  const restore = state?.restoreScrollPosition;
  const keepScroll = state?.preventScrollReset;
  useLayoutEffect(() => {
    if (location === loaded.current || restore === false) return;
    // Statements, never `return window.scrollTo(...)`: Chromium 156's scrollTo returns a
    // Promise, which React would call as this effect's cleanup (lint: effect-returns-cleanup).
    if (typeof restore === 'number') {
      window.scrollTo(0, restore);
      return;
    }
    const id = location.hash.slice(1);
    const target = id ? document.getElementById(safeDecode(id)) : null;
    if (target) target.scrollIntoView();
    else if (!keepScroll) window.scrollTo(0, 0);
  }, [location, restore, keepScroll]);

  return null;
}

const safeDecode = (id: string) => {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
};
