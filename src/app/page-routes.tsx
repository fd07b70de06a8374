// Every page type of the site, as the router sees it: where it sits in the route tree and
// where its view comes from. The router (router.tsx) walks this table; the build walks its
// twin, src/prerender/page-types.ts, which needs a row for every id here (the compiler
// says so). Browser code only: the build's half (data, head, sitemap) stays out of the bundle.
import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType, ReactElement } from 'react';
import type { LoaderFunction } from 'react-router-dom';
import { NotFound } from '../components/not-found/not-found';
import { paths } from '../config/paths';
import { notFound } from './route-helpers';

/** What each file under routes/ exports: its loader (built around the client) and its page. */
export interface RouteModule {
  createLoader: (queryClient: QueryClient) => LoaderFunction;
  Component: ComponentType;
}

/** The index route, or a path pattern from config/paths.ts. */
type Place = { index: true } | { path: string };

/**
 * A view in a chunk of its own (routes/<id>.tsx), fetched when its route first matches, so
 * a page loads only its own view; or a view in the entry, with its loader.
 */
type View =
  { load: () => Promise<RouteModule> } | { loader: LoaderFunction; element: ReactElement };

export type PageRoute = Place & View;

export const pageRoutes = {
  home: { index: true, load: () => import('./routes/home') },
  article: { path: paths.article.path, load: () => import('./routes/article') },
  tags: { path: paths.tags.path, load: () => import('./routes/tags') },
  search: { path: paths.search.path, load: () => import('./routes/search') },
  tag: { path: paths.tag.path, load: () => import('./routes/tag') },
  following: { path: paths.following.path, load: () => import('./routes/following') },
  saved: { path: paths.saved.path, load: () => import('./routes/saved') },
  // The service worker's answer for a page it has neither online nor cached (it precaches
  // every chunk of the app, the not-found view's too).
  offline: {
    path: paths.offline.path,
    loader: () => null,
    element: <NotFound missing="offline" />,
  },
  // Any other path. A loader that throws, so a server render gets a real 404 status.
  notFound: { path: '*', loader: () => notFound('page'), element: <NotFound /> },
} satisfies Record<string, PageRoute>;

export type PageTypeId = keyof typeof pageRoutes;
