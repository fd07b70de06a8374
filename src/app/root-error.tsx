import { SiteHeader } from '../components/layout/site-header';
import { SkipLink } from '../components/layout/skip-link';
import { RouteErrorBoundary } from '../components/errors/route-error-boundary';

/**
 * Last line of defence, used only if the layout itself fails: a plain shell with the same
 * header, so the reader still has a way out.
 */
export function RootError() {
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <SiteHeader />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 outline-none sm:px-6"
      >
        <RouteErrorBoundary />
      </main>
    </div>
  );
}
