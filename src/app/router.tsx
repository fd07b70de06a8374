import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router-dom';
import { RouteErrorBoundary } from '../components/errors/route-error-boundary';
import { NotFoundView } from '../components/not-found/not-found-view';
import { Loading } from '../components/ui/loading';
import { paths } from '../config/paths';
import { RootError } from './root-error';
import { RootLayout } from './root-layout';
import { notFound } from './route-helpers';
import { ArticleRoute, articleLoader } from './routes/article';
import { HomeRoute, homeLoader } from './routes/home';
import { TagRoute, tagLoader } from './routes/tag';
import { TagsRoute, tagsLoader } from './routes/tags';

// Each page route has its own error boundary, so a failure replaces only the page and
// the header, nav and footer stay usable.
const pageRoute = (route: RouteObject): RouteObject => ({
  errorElement: <RouteErrorBoundary />,
  hydrateFallbackElement: <Loading />,
  ...route,
});

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
        pageRoute({ index: true, loader: homeLoader(queryClient), element: <HomeRoute /> }),
        pageRoute({
          path: paths.article.path,
          loader: articleLoader(queryClient),
          element: <ArticleRoute />,
        }),
        pageRoute({
          path: paths.tags.path,
          loader: tagsLoader(queryClient),
          element: <TagsRoute />,
        }),
        pageRoute({ path: paths.tag.path, loader: tagLoader(queryClient), element: <TagRoute /> }),
        // A loader that throws, so a server render gets a real 404 status for unknown paths.
        pageRoute({ path: '*', loader: () => notFound('page'), element: <NotFoundView /> }),
      ],
    },
  ];
}
