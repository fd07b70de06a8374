import { lazy, Suspense, useCallback, useState } from 'react';
import { Outlet } from 'react-router-dom';
import { NavigationProgress } from '../components/layout/navigation-progress';
import { RouteFocus } from '../components/layout/route-focus';
import { ScrollRestoration } from '../components/layout/scroll-restoration';
import { SiteFooter } from '../components/layout/site-footer';
import { SiteHeader } from '../components/layout/site-header';
import { SkipLink } from '../components/layout/skip-link';
import { useKeyboardShortcuts } from '../components/layout/use-keyboard-shortcuts';
import { HeaderSearch } from '../features/search/components/header-search';
import { useStars } from '../lib/stars';

// Most readers never open the shortcuts dialog: its code loads the first time it is asked
// for (? or the footer button), not with the page.
// The count of new stories beside Following: only for a reader who follows someone, and
// loaded after the page, as it reads their tags' lists.
const NewCount = lazy(() => import('../features/articles/components/new-count'));

const ShortcutsDialog = lazy(() =>
  import('../components/layout/shortcuts-dialog').then((m) => ({ default: m.ShortcutsDialog })),
);

/** The shell every page renders in: its own errors render inside it, never instead of it. */
export function RootLayout() {
  // null until first asked for; then the dialog stays mounted and opens and closes.
  const [helpOpen, setHelpOpen] = useState<boolean | null>(null);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useKeyboardShortcuts(openHelp);
  const following = useStars().follows.length > 0;

  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <NavigationProgress />
      <SiteHeader
        search={<HeaderSearch />}
        newCount={
          following && (
            <Suspense fallback={null}>
              <NewCount />
            </Suspense>
          )
        }
      />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 outline-none sm:px-6 sm:py-10"
      >
        <Outlet />
      </main>
      <SiteFooter onShowShortcuts={openHelp} />
      {helpOpen !== null && (
        <Suspense fallback={null}>
          <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
      <RouteFocus />
      <ScrollRestoration />
    </div>
  );
}
