// Build-only Vite plugins and settings that keep the entry chunk (loaded by every page) small.
// Each one was measured with the bundle attribution in docs/decisions/0011-first-paint.md.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/**
 * react-router's package exports point every bundler at its development build, which keeps
 * its warnings (ENABLE_DEV_WARNINGS = true). The production build beside it is the same code
 * with the warnings off: ~570 B gzip less. Builds only: the dev server keeps the warnings.
 * Both entry points are aliased, or the bundle would hold two copies of the router.
 */
export const reactRouterProduction: Plugin = {
  name: 'kwave:react-router-production',
  apply: 'build',
  config: () => ({
    resolve: {
      alias: [
        {
          find: /^react-router$/,
          replacement: fromRoot('node_modules/react-router/dist/production/index.mjs'),
        },
        {
          find: /^react-router\/dom$/,
          replacement: fromRoot('node_modules/react-router/dist/production/dom-export.mjs'),
        },
      ],
    },
  }),
};

/**
 * react-router defines its components as `X = React.forwardRef(...)` then assigns
 * `X.displayName = "X"`. Neither call is marked pure and the assignment is a side effect,
 * so every component (Form, Await, the framework-mode Links, Meta and Scripts...) stays in
 * the bundle, used or not. Marking the calls pure and dropping the names (they only label
 * components in React DevTools) lets the tree-shaker remove the unused ones. The router's
 * instrumentation (createBrowserRouter's unstable_instrumentations, which this app never
 * passes) is cut off the same way.
 *
 * Its production build also keeps its developer warnings: `warning(condition, message)`,
 * which logs the message to the console, at ~30 call sites with long messages ("No routes
 * matched location...", "You should not include both ErrorBoundary and errorElement...").
 * React's own production build leaves its warnings out; here the router's `warning` does
 * nothing, so the minifier drops each call and its message: ~0.85 KB gzip on every page.
 * Errors the router throws (`invariant`) keep their messages. The dev server (and so
 * `npm run dev`) keeps the warnings: this plugin runs for builds only.
 */
export const treeShakeReactRouter: Plugin = {
  name: 'kwave:tree-shake-react-router',
  apply: 'build',
  transform(code, id) {
    if (!id.includes('/node_modules/react-router/dist/')) return undefined;
    return code
      .replace(/^\w+\.displayName = "[^"]*";$/gm, '')
      .replace(/\bif \(init\.instrumentations\) \{/g, 'if (false) {')
      .replace(
        /^function warning\(cond, message\) \{$/m,
        'function warning() {}\nfunction keptWarning(cond, message) {',
      )
      .replace(/(=\s*)(React\d*\.(?:forwardRef|createContext|memo)\()/g, '$1/* @__PURE__ */ $2');
  },
};

/**
 * Vite wraps each dynamic import in a helper that preloads the chunk's CSS and imports. Here
 * route chunks have no CSS of their own and modulePreload is off (prerendered pages preload
 * in HTML), so the helper only ever calls the import: ~650 B gzip on every first load.
 */
export const directDynamicImports: Plugin = {
  name: 'kwave:direct-dynamic-imports',
  enforce: 'pre',
  apply: 'build',
  load: (id) =>
    id === '\0vite/preload-helper.js'
      ? 'export const __vitePreload = (load) => load();'
      : undefined,
};

/** A focus or online manager that is always true and never calls its subscribers. */
const ALWAYS = (name: string, check: string) =>
  `export const ${name} = { ${check}: () => true, subscribe: () => () => {} };`;

// What React Query's QueryClient, Query, QueryObserver and retryer need of the mutation
// cache, the infinite query behaviour and the focus and online managers, in an app that
// uses none of them (lint forbids the hooks and exports that would).
// Keyed by importer and import: only those modules' own imports are replaced.
const QUERY_CORE_STUBS: Record<string, string> = {
  'queryClient.js ./mutationCache.js': `const none = () => {
  throw new Error('Mutations are left out of this build (scripts/lib/bundle-plugins.ts)');
};
export class MutationCache {
  findAll() { return []; }
  resumePausedMutations() { return Promise.resolve(); }
  clear() {}
  build = none;
  subscribe = none;
}`,
  'query.js ./infiniteQueryBehavior.js': `export const infiniteQueryBehavior = () => {
  throw new Error('Infinite queries are left out of this build (scripts/lib/bundle-plugins.ts)');
};`,
  // Focus and connection: they refetch stale queries when the tab regains focus or the
  // network returns, and pause retries meanwhile. Here data never goes stale (staleTime
  // Infinity, src/app/query-client.ts) and requests run whatever the browser thinks of the
  // network (networkMode 'always'): always focused and online is what the app relies on.
  ...Object.fromEntries(
    ['queryClient.js', 'queryObserver.js', 'retryer.js'].flatMap((importer) => [
      [`${importer} ./focusManager.js`, ALWAYS('focusManager', 'isFocused')],
      [`${importer} ./onlineManager.js`, ALWAYS('onlineManager', 'isOnline')],
    ]),
  ),
};
const STUB_PREFIX = '\0kwave:query-core-stub:';

/**
 * React Query's QueryClient always creates a MutationCache (with the Mutation class it
 * builds), and every Query carries the infinite-query behaviour for `useInfiniteQuery`:
 * ~1.6 KB gzip on every page of a reader that never mutates or pages infinitely. The focus
 * and online managers, which listen for events this app does not act on, are ~0.15 KB more.
 * Here they are replaced by stubs that do nothing, or throw if ever used; lint forbids the
 * hooks and exports that would use them (eslint.config.js).
 */
export const queryCoreWithoutMutations: Plugin = {
  name: 'kwave:query-core-without-mutations',
  enforce: 'pre',
  apply: 'build',
  resolveId(source, importer) {
    const from = /\/@tanstack\/query-core\/build\/modern\/(\w+\.js)$/.exec(importer ?? '')?.[1];
    const key = `${from} ${source}`;
    return from && key in QUERY_CORE_STUBS ? `${STUB_PREFIX}${key}` : undefined;
  },
  load: (id) =>
    id.startsWith(STUB_PREFIX) ? QUERY_CORE_STUBS[id.slice(STUB_PREFIX.length)] : undefined,
};
