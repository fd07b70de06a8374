/// <reference lib="webworker" />
// The service worker (docs/decisions/0028-offline-service-worker.md), built by vite-plugin-pwa
// (injectManifest) into dist/sw.js with the precache list of this build's app files.
// - The app's code and styles, icons and the web manifest: precached, so every page type
//   starts offline.
// - The offline page, /following and /saved: fetched at install into a cache named by the
//   precache list, so each new worker takes the matching HTML.
// - Pages: network first; offline, any cached copy (the pages cache, the reader's saved
//   stories in SAVED_CACHE, the shell pages), else the offline page.
// - Data JSON and the search index: network first, kept as visited within a cap.
// - A new worker waits until the reader chooses to reload (src/lib/service-worker.ts).
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import type { WorkboxPlugin } from 'workbox-core';
import {
  OFFLINE_PAGE,
  RUNTIME_CACHES,
  SHELL_CACHE_PREFIX,
  SHELL_PAGES,
  pageKeys,
  runtimeKindOf,
  versionOf,
  type RuntimeKind,
} from './sw/offline-rules.ts';
import { SKIP_WAITING } from './sw/skip-waiting.ts';

declare let self: ServiceWorkerGlobalScope;

const manifest = self.__WB_MANIFEST;
precacheAndRoute(manifest);
cleanupOutdatedCaches();

const shellCache = SHELL_CACHE_PREFIX + versionOf(manifest);

/** A response a navigation may be answered with: a redirected one is refused by browsers. */
const plain = async (response: Response) =>
  response.redirected
    ? new Response(await response.blob(), { status: response.status, headers: response.headers })
    : response;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(shellCache).then((cache) =>
      Promise.all(
        SHELL_PAGES.map(async ({ path, required }) => {
          const response = await fetch(new Request(path, { cache: 'reload' })).catch(() => null);
          if (response?.ok) return cache.put(path, await plain(response));
          if (required) throw new Error(`sw: ${path} could not be fetched`);
        }),
      ),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(SHELL_CACHE_PREFIX) && name !== shellCache)
            .map((name) => caches.delete(name)),
        ),
      ),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === SKIP_WAITING) void self.skipWaiting();
});

/** The first copy of a request in any cache (a page under any of its keys). */
const cachedAnywhere = async (request: Request) => {
  const keys = request.mode === 'navigate' ? pageKeys(new URL(request.url)) : [request.url];
  for (const key of keys) {
    const hit = await caches.match(key, { ignoreVary: true });
    if (hit) return hit;
  }
  return undefined;
};

/** When the network and the strategy's own cache both fail. */
const fallback = (kind: RuntimeKind): WorkboxPlugin => ({
  handlerDidError: async ({ request }) =>
    (await cachedAnywhere(request)) ??
    (kind === 'pages' ? await caches.match(OFFLINE_PAGE, { ignoreVary: true }) : undefined),
});

const strategies = Object.fromEntries(
  Object.entries(RUNTIME_CACHES).map(([kind, { name, maxEntries, maxAgeSeconds }]) => [
    kind,
    new NetworkFirst({
      cacheName: name,
      plugins: [
        new ExpirationPlugin({ maxEntries, maxAgeSeconds, purgeOnQuotaError: true }),
        fallback(kind as RuntimeKind),
      ],
    }),
  ]),
) as Record<RuntimeKind, NetworkFirst>;

registerRoute(
  ({ request, url }) => runtimeKindOf(request, url, self.location.origin) !== null,
  (options) => {
    const kind = runtimeKindOf(options.request, options.url, self.location.origin)!;
    return strategies[kind].handle(options);
  },
);
