import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { LoaderFunction, RouteObject } from 'react-router-dom';
import { RouteErrorBoundary } from '../components/errors/route-error-boundary';
import { NotFoundView } from '../components/not-found/not-found-view';
import { Loading } from '../components/ui/loading';
import { paths } from '../config/paths';
import { RootError } from './root-error';
import { RootLayout } from './root-layout';
import { notFound } from './route-helpers';

/** What each file under routes/ exports: its loader (built around the client) and its page. */
export interface RouteModule {
  createLoader: (queryClient: QueryClient) => LoaderFunction;
  Component: ComponentType;
}

// Each page route has its own error boundary, so a failure replaces only the page and
// the header, nav and footer stay usable.
const pageRoute = (route: RouteObject): RouteObject => ({
  errorElement: <RouteErrorBoundary />,
  hydrateFallbackElement: <Loading />,
  ...route,
});

// A page's code is a chunk of its own, fetched when its route first matches, so a page
// loads only its own view. The server render resolves the same import, and a prerendered
// page preloads its chunk (scripts/prerender.ts), so hydration does not wait on a second
// round trip. The loader travels with the view: both are needed before the page can show.
const lazyPage = (queryClient: QueryClient, load: () => Promise<RouteModule>) => async () => {
  const { createLoader, Component } = await load();
  return { loader: createLoader(queryClient), Component };
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
      children: [
        pageRoute({ index: true, lazy: lazyPage(queryClient, () => import('./routes/home')) }),
        pageRoute({
          path: paths.article.path,
          lazy: lazyPage(queryClient, () => import('./routes/article')),
        }),
        pageRoute({
          path: paths.tags.path,
          lazy: lazyPage(queryClient, () => import('./routes/tags')),
        }),
        pageRoute({
          path: paths.search.path,
          lazy: lazyPage(queryClient, () => import('./routes/search')),
        }),
        pageRoute({
          path: paths.tag.path,
          lazy: lazyPage(queryClient, () => import('./routes/tag')),
        }),
        // A loader that throws, so a server render gets a real 404 status for unknown paths.
        pageRoute({ path: '*', loader: () => notFound('page'), element: <NotFoundView /> }),
      ],
    },
  ];
}
