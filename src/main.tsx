import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AppProviders } from './app/providers';
import { createQueryClient, restoreQueries, type EmbeddedQueries } from './app/query-client';
import { createRoutes } from './app/router';
import { QUERY_STATE_ID } from './config/site';
import { canonicalPath } from './lib/canonical-path';
import { startVisit } from './lib/stars';
import './styles.css';

type Router = ReturnType<typeof createBrowserRouter>;

function whenInitialized(router: Router): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * Ends the current task so the browser can paint or handle input before the next step. On a
 * slow phone each step of the start-up (the module's evaluation, restoring the data,
 * building the router, hydrating) is tens of milliseconds; one task holding them all would
 * block the page that long (Total Blocking Time, docs/decisions/0011-first-paint.md).
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Marks the page as run by the app once React has committed it (hydrated, or rendered
 * afresh): controls that need the script (share, theme, shortcuts) show from then on
 * (jsOnlyClass), not while a time-sliced hydration has yet to attach their handlers. Then
 * registers the service worker.
 * Renders nothing, so the hydrated markup is the server's.
 */
function Started() {
  useEffect(() => {
    document.documentElement.classList.add('js');
    // The service worker (offline reading, decision 0028) registers once the app has started
    // and the page has loaded: the first paint and hydration wait on none of it. (The module
    // is bundled with the entry, vite.config.ts; the import keeps it apart in the code.)
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    const register = () =>
      void import('./lib/service-worker').then((m) => m.registerServiceWorker());
    if (document.readyState === 'complete') register();
    else addEventListener('load', register, { once: true });
  }, []);
  return null;
}

async function start() {
  // Before anything reads the marks: what arrived since the previous visit is "new".
  startVisit();
  await nextTask();
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');

  const queryClient = createQueryClient();
  // A prerendered page ships its data as JSON (type="application/json" is not executed, so
  // a strict CSP allows it). Restoring it first lets every loader resolve from the cache.
  const state = document.getElementById(QUERY_STATE_ID)?.textContent;
  if (state) restoreQueries(queryClient, JSON.parse(state) as EmbeddedQueries);

  // A static host answers /tags/index.html and /tags/ (many redirect /tags to it) with the
  // /tags page, which was rendered for /tags: the address becomes that canonical one before
  // the router reads it, search and hash kept, so the page hydrates instead of being drawn
  // again (a new render replaced the whole page: the footer jumped, CLS 0.18).
  const { pathname, search, hash } = window.location;
  const path = canonicalPath(pathname);
  if (path !== pathname) history.replaceState(null, '', path + search + hash);

  await nextTask();
  const router = createBrowserRouter(createRoutes(queryClient));
  const app = (
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
      <Started />
    </StrictMode>
  );

  // A page is hydrated only where it was rendered for this very URL. The same file also
  // answers other URLs (404.html for any unknown path, index.html for ?page=2), and those
  // are rendered afresh so React never sees a mismatch.
  const renderedFor = document.getElementById(QUERY_STATE_ID)?.dataset.url;
  if (container.hasChildNodes() && renderedFor === path + search) {
    // Hydration must see the same tree the server rendered, loaders finished.
    await whenInitialized(router);
    await nextTask();
    // In a transition, React hydrates in slices of a few milliseconds, yielding in between,
    // instead of one long task; the page is already painted and readable meanwhile.
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else {
    // Drawn afresh, but only once the route's code and data are there: React then replaces
    // the server's markup in one commit, with no empty or loading frame in between.
    await whenInitialized(router);
    createRoot(container).render(app);
  }
}

void start();
