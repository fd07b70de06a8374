import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { expect, vi } from 'vitest';
import { AppProviders } from '../../../src/app/providers';
import { createQueryClient } from '../../../src/app/query-client';
import { createRoutes } from '../../../src/app/router';

// Vitest runs from the project root; import.meta.url is not a file URL under jsdom.
const FIXTURES = resolve(process.cwd(), 'tests/fixtures/data') + '/';

/** How a data URL answers instead of its fixture file. */
export type DataOverride =
  | { status: number }
  | { json: unknown }
  /** A host's SPA fallback: index.html, status 200, for any unknown path. */
  | 'spa-fallback'
  | 'network-error';

/**
 * Stubs fetch with the fixture files under tests/fixtures/data (the /data tree the
 * pipeline writes). `overrides` stays live: delete an entry to "fix the network".
 */
export function mockData(overrides: Record<string, DataOverride> = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(raw, 'http://localhost').pathname;
    const override = overrides[path];
    if (override === 'network-error') throw new TypeError('Failed to fetch');
    if (override === 'spa-fallback')
      return new Response('<!doctype html><title>K-Wave Reader</title>', {
        headers: { 'content-type': 'text/html; charset=utf-8' },
      });
    if (override && 'status' in override) return new Response('error', { status: override.status });
    if (override && 'json' in override) return Response.json(override.json);
    try {
      const body = await readFile(FIXTURES + path.replace(/^\/data\//, ''), 'utf8');
      return new Response(body, { headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, overrides };
}

/** Renders the real route tree at `url`, as the browser entry does, in a memory router. */
export function renderApp(url: string) {
  // No retries: a failure shows at once instead of after a delay.
  const queryClient = createQueryClient({ retry: false });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient, user };
}

/**
 * The page's h1 once focus has moved to it. Route focus is an effect, which React may run
 * a moment after the commit that shows the heading: asserting at once is a race.
 */
export async function findFocusedHeading(name: string | RegExp) {
  const h1 = await screen.findByRole('heading', { level: 1, name });
  await waitFor(() => expect(h1).toHaveFocus());
  return h1;
}

/** Fixture ids and slugs the tests talk about. */
export const fixture = {
  show: 'all-of-us-are-dead',
  director: 'lee-jae-kyu',
  netflix: 'netflix',
  firstStory: 'all-of-us-are-dead-director-apologizes-a1b2c3',
  secondStory: 'all-of-us-are-dead-squid-game-pressure-d4e5f6',
  lastStory: 'steve-yoo-visa-ruling-m4n5o6',
} as const;
