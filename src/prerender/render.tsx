// Server entry: renders one URL with the same route tree and providers as the browser,
// and returns the HTML, the HTTP status and the React Query cache to embed.
// Bundled with Vite (SSR build, ssr-bundle.ts) and run in Node by the prerenderer.
import { dehydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { text } from 'node:stream/consumers';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom';
import { AppProviders } from '../app/providers';
import { createQueryClient, embeddableQueries, type EmbeddedQueries } from '../app/query-client';
import { createRoutes } from '../app/router';
import { setJsonTransport, type JsonTransport } from '../lib/fetch-json';

export interface Rendered {
  status: number;
  html: string;
  /** The finished queries, to embed as JSON: the same for the same data, build after build. */
  state: EmbeddedQueries;
}

export const setTransport = (transport: JsonTransport) => setJsonTransport(transport);

export async function renderUrl(url: string): Promise<Rendered> {
  const queryClient = createQueryClient({ retry: false });
  const handler = createStaticHandler(createRoutes(queryClient));
  const context = await handler.query(new Request(url));
  if (context instanceof Response)
    throw new Error(`${url} redirected to ${context.headers.get('location')}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  // prerender, not renderToString: it waits for code a page loads on demand (the not-found
  // view), so the HTML is whole.
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        {/* hydrate={false}: the router's own hydration data would be an inline script, which
            the CSP forbids. The browser router re-runs loaders against the restored cache. */}
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProviders>
    </StrictMode>,
  );
  const html = await text(prelude);
  const state = embeddableQueries(dehydrate(queryClient));
  queryClient.clear();
  return { status: context.statusCode, html, state };
}
