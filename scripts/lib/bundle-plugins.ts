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
 */
export const treeShakeReactRouter: Plugin = {
  name: 'kwave:tree-shake-react-router',
  apply: 'build',
  transform(code, id) {
    if (!id.includes('/node_modules/react-router/dist/')) return undefined;
    return code
      .replace(/^\w+\.displayName = "[^"]*";$/gm, '')
      .replace(/\bif \(init\.instrumentations\) \{/g, 'if (false) {')
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

// What React Query's QueryClient and Query need of the mutation cache and the infinite
// query behaviour in an app that has neither (lint forbids the hooks that would use them).
// Keyed by importer and import: only QueryClient's and Query's own imports are replaced.
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
};
const STUB_PREFIX = '\0kwave:query-core-stub:';

/**
 * React Query's QueryClient always creates a MutationCache (with the Mutation class it
 * builds), and every Query carries the infinite-query behaviour for `useInfiniteQuery`:
 * ~1.6 KB gzip on every page of a reader that never mutates or pages infinitely. Here
 * they are replaced by stubs that do nothing, or throw if ever used; lint forbids the
 * hooks that would use them (eslint.config.js).
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
