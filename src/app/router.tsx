import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router-dom';
import { RouteErrorBoundary } from '../components/errors/route-error-boundary';
import { Loading } from '../components/ui/loading';
import { paths } from '../config/paths';
import { pageRoutes, type PageRoute, type RouteModule } from './page-routes';
import { RootError } from './root-error';
import { RootLayout } from './root-layout';

// Each page route has its own error boundary, so a failure replaces only the page and
// the header, nav and footer stay usable.
const pageRoute = (route: RouteObject): RouteObject => ({
  errorElement: <RouteErrorBoundary />,
  hydrateFallbackElement: <Loading />,
  ...route,
});

// The server render resolves the same import, and a prerendered page preloads its chunk
// (src/prerender/preloads.ts), so hydration does not wait on a second round trip. The
// loader travels with the view: both are needed before the page can show.
const lazyPage = (queryClient: QueryClient, load: () => Promise<RouteModule>) => async () => {
  const { createLoader, Component } = await load();
  return { loader: createLoader(queryClient), Component };
};

const routeOf = (queryClient: QueryClient, route: PageRoute): RouteObject => {
  if (!('load' in route)) return pageRoute(route);
  const { load, ...place } = route;
  return pageRoute({ ...place, lazy: lazyPage(queryClient, load) });
};

/**
 * The route tree, built around one QueryClient so loaders and components share a cache.
 * A function rather than a constant so the browser and a server renderer each build
 * their own with their own client.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: paths.home.path,
      element: <RootLayout />,
      errorElement: <RootError />,
      children: Object.values(pageRoutes).map((route) => routeOf(queryClient, route)),
    },
  ];
}
