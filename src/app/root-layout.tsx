import { useCallback, useState } from 'react';
import { Outlet, ScrollRestoration } from 'react-router-dom';
import { NavigationProgress } from '../components/layout/navigation-progress';
import { RouteFocus } from '../components/layout/route-focus';
import { ShortcutsDialog } from '../components/layout/shortcuts-dialog';
import { SiteFooter } from '../components/layout/site-footer';
import { SiteHeader } from '../components/layout/site-header';
import { SkipLink } from '../components/layout/skip-link';
import { useKeyboardShortcuts } from '../components/layout/use-keyboard-shortcuts';

/** The shell every page renders in: its own errors render inside it, never instead of it. */
export function RootLayout() {
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useKeyboardShortcuts(openHelp);

  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <NavigationProgress />
      <SiteHeader />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 outline-none sm:px-6 sm:py-10"
      >
        <Outlet />
      </main>
      <SiteFooter onShowShortcuts={openHelp} />
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <RouteFocus />
      <ScrollRestoration />
    </div>
  );
}
