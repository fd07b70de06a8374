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
const ROUTER_WARNING = /^function warning\(cond, message\) \{$/m;
// Members of the router object for APIs this app never uses: fetchers (useFetcher, useSubmit,
// <Form>), blockers (useBlocker) and route patching (framework mode's lazy discovery).
const ROUTER_UNUSED = [
  /^ {4}fetch: fetch2,\n/m,
  /^ {4}deleteFetcher: queueFetcherForDeletion,\n/m,
  /^ {4}getBlocker,\n/m,
  /^ {4}patchRoutes,\n/m,
];
export const treeShakeReactRouter: Plugin = {
  name: 'kwave:tree-shake-react-router',
  apply: 'build',
  transform(code, id) {
    if (!id.includes('/node_modules/react-router/dist/')) return undefined;
    // A router release that writes `warning` differently would keep its warnings silently.
    if (/^function warning\(/m.test(code) && !ROUTER_WARNING.test(code))
      this.error(`react-router's warning() has changed in ${id}: update ROUTER_WARNING`);
    // The data router's fetchers (useFetcher, useSubmit, <Form>: none used here) hang off
    // router.fetch; with it gone from the router object, their loading and action code is
    // unused and goes too (-1.2 KB gzip a page); so do blockers and route patching. A release
    // that writes the object differently fails the build.
    if (/^ {2}router = \{$/m.test(code))
      for (const member of ROUTER_UNUSED) {
        if (!member.test(code))
          this.error(`react-router's router object has changed in ${id}: ${member}`);
        code = code.replace(member, '');
      }
    return code
      .replace(/^\w+\.displayName = "[^"]*";$/gm, '')
      .replace(/\bif \(init\.instrumentations\) \{/g, 'if (false) {')
      .replace(ROUTER_WARNING, 'function warning() {}\nfunction keptWarning(cond, message) {')
      .replace(/(=\s*)(React\d*\.(?:forwardRef|createContext|memo)\()/g, '$1/* @__PURE__ */ $2');
  },
};

/**
 * Vite wraps each dynamic import in a helper that preloads the chunk's CSS and imports. Here
 * route chunks have no CSS of their own and modulePreload is off (prerendered pages preload
 * in HTML), so the helper only ever calls the import: ~650 B gzip on every first load.
 *
 * A dynamic import outside the entry chunk still gets the table of what the helper would
 * preload (the entry's stylesheet, already inline in every page): `__vite__mapDeps`, passed
 * to the helper, which ignores it. Dropped once Vite has written it (its own generateBundle):
 * ~90 B gzip in the story list's chunk (its filter by several tags loads on demand).
 */
const MAP_DEPS = /^const __vite__mapDeps=.*\n/m;
const MAP_DEPS_ARGUMENT = /,__vite__mapDeps\(\[[\d,]*\]\)/g;
export const directDynamicImports: Plugin = {
  name: 'kwave:direct-dynamic-imports',
  enforce: 'pre',
  apply: 'build',
  load: (id) =>
    id === '\0vite/preload-helper.js'
      ? 'export const __vitePreload = (load) => load();'
      : undefined,
  generateBundle: {
    order: 'post',
    handler(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !MAP_DEPS.test(chunk.code)) continue;
        const code = chunk.code.replace(MAP_DEPS_ARGUMENT, '');
        // Only when no other use is left: a table still read must stay.
        if (!code.replace(MAP_DEPS, '').includes('__vite__mapDeps'))
          chunk.code = code.replace(MAP_DEPS, '');
      }
    },
  },
};

// What React Query's QueryClient, Query, QueryObserver and retryer need of the mutation
// cache, the infinite query behaviour and the focus manager, in an app that uses none of them
// (lint forbids the hooks and exports that would).
// Keyed by importer and import: only those modules' own imports are replaced, each importer
// with the same module (one stub, not one per importer).
const MUTATION_CACHE = `const none = () => {
  throw new Error('Mutations are left out of this build (scripts/lib/bundle-plugins.ts)');
};
export class MutationCache {
  findAll() { return []; }
  resumePausedMutations() { return Promise.resolve(); }
  clear() {}
  build = none;
  subscribe = none;
}`;
const INFINITE_QUERIES = `export const infiniteQueryBehavior = () => {
  throw new Error('Infinite queries are left out of this build (scripts/lib/bundle-plugins.ts)');
};`;
// The focus manager refetches stale queries when the tab is shown again (this app turns that
// off: refetchOnWindowFocus false, src/app/query-client.ts) and holds retries back while it
// is hidden; always focused, a retry runs when due. The online manager stays: it refetches a
// failed query when the connection comes back (a query without data is stale).
const ALWAYS_FOCUSED = `export const focusManager = {
  isFocused: () => true,
  subscribe: () => () => {},
};`;
const QUERY_CORE_STUBS: Record<string, { name: string; code: string }> = {
  'queryClient.js ./mutationCache.js': { name: 'mutation-cache', code: MUTATION_CACHE },
  'query.js ./infiniteQueryBehavior.js': { name: 'infinite-queries', code: INFINITE_QUERIES },
  ...Object.fromEntries(
    ['queryClient.js', 'queryObserver.js', 'retryer.js'].map((importer) => [
      `${importer} ./focusManager.js`,
      { name: 'focus-manager', code: ALWAYS_FOCUSED },
    ]),
  ),
};
const STUB_CODE = new Map(Object.values(QUERY_CORE_STUBS).map((s) => [s.name, s.code]));
const STUB_PREFIX = '\0kwave:query-core-stub:';

/**
 * React Query's QueryClient always creates a MutationCache (with the Mutation class it
 * builds), and every Query carries the infinite-query behaviour for `useInfiniteQuery`:
 * ~1.6 KB gzip on every page of a reader that never mutates or pages infinitely. The focus
 * manager, which listens for an event this app does not act on, is ~0.1 KB more. Here they
 * are replaced by stubs that do nothing, or throw if ever used; lint forbids the hooks and
 * exports that would use them (eslint.config.js).
 */
export const queryCoreWithoutMutations: Plugin = {
  name: 'kwave:query-core-without-mutations',
  enforce: 'pre',
  apply: 'build',
  resolveId(source, importer) {
    const from = /\/@tanstack\/query-core\/build\/modern\/(\w+\.js)$/.exec(importer ?? '')?.[1];
    const key = `${from} ${source}`;
    const stub = from ? QUERY_CORE_STUBS[key] : undefined;
    return stub ? `${STUB_PREFIX}${stub.name}` : undefined;
  },
  load: (id) =>
    id.startsWith(STUB_PREFIX) ? STUB_CODE.get(id.slice(STUB_PREFIX.length)) : undefined,
};

// QueryClient's methods this app and the parts of React Query it bundles never call: infinite
// queries, bulk filters (invalidate, refetch, reset, cancel, remove), mutation defaults,
// defaults set after creation. Class methods are never tree-shaken, so every page carried them.
const UNUSED_CLIENT_METHODS = new Set([
  'infiniteQuery',
  'fetchInfiniteQuery',
  'prefetchInfiniteQuery',
  'ensureInfiniteQueryData',
  'getQueriesData',
  'setQueriesData',
  'removeQueries',
  'resetQueries',
  'cancelQueries',
  'invalidateQueries',
  'refetchQueries',
  'isFetching',
  'isMutating',
  'setDefaultOptions',
  'setQueryDefaults',
  'setMutationDefaults',
  'getMutationDefaults',
  'defaultMutationOptions',
]);

interface AstNode {
  type: string;
  start: number;
  end: number;
  key?: { name?: string };
  body?: AstNode | AstNode[];
  declarations?: { init?: AstNode }[];
}

/**
 * Removes those methods from QueryClient's class body (found by parsing, not by pattern), and
 * fails the build if a method that stays still calls one, or if the class has changed so that
 * none was found: a React Query release then needs this list looked at again.
 */
export const queryClientWithoutUnusedMethods: Plugin = {
  name: 'kwave:query-client-without-unused-methods',
  apply: 'build',
  transform(code, id) {
    if (!/\/@tanstack\/query-core\/build\/modern\/queryClient\.js$/.test(id)) return undefined;
    const program = this.parse(code) as unknown as AstNode;
    const classBodies: AstNode[] = [];
    const visit = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      const n = node as AstNode;
      if (n.type === 'ClassBody') classBodies.push(n);
      for (const value of Object.values(n)) {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') visit(value);
      }
    };
    visit(program);
    const removed = classBodies
      .flatMap((body) => body.body as AstNode[])
      .filter((m) => m.type === 'MethodDefinition' && UNUSED_CLIENT_METHODS.has(m.key?.name ?? ''))
      .sort((a, b) => b.start - a.start);
    if (removed.length !== UNUSED_CLIENT_METHODS.size)
      this.error(
        `QueryClient has changed: found ${removed.length} of ${UNUSED_CLIENT_METHODS.size} methods to drop; update UNUSED_CLIENT_METHODS`,
      );
    let out = code;
    for (const method of removed) out = out.slice(0, method.start) + out.slice(method.end);
    // Code only: the doc comments of the methods kept show the others in examples.
    const bare = out.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    for (const name of UNUSED_CLIENT_METHODS)
      if (new RegExp(`\\.${name}\\(`).test(bare))
        this.error(`QueryClient still calls ${name}() after it was dropped; keep it`);
    return { code: out, map: null };
  },
};

// react-dom's main module (not react-dom/client) is CommonJS, so all of it is bundled: the
// resource hints (preload, preinit, preconnect...), portals, form-status hooks. The app uses
// none of them; React's client reaches the module only for its shared internals, and the
// router only for flushSync. This stand-in keeps those two, copied from the release below.
const REACT_DOM_MAIN = 'node_modules/react-dom/cjs/react-dom.production.js';
// What the stand-in copies, as the release writes it: a release that changes either fails
// the build here, to be checked and copied again.
const REACT_DOM_COPIED = [
  /var Internals = \{\n {4}d: \{\n {6}f: noop,\n {6}r: function \(\) \{\n {8}throw Error\(formatProdErrorMessage\(522\)\);\n {6}\},\n {6}D: noop,\n {6}C: noop,\n {6}L: noop,\n {6}m: noop,\n {6}X: noop,\n {6}S: noop,\n {6}M: noop\n {4}\},\n {4}p: 0,\n {4}findDOMNode: null\n {2}\}/,
  /exports\.flushSync = function \(fn\) \{\n {2}var previousTransition = ReactSharedInternals\.T,\n {4}previousUpdatePriority = Internals\.p;\n {2}try \{\n {4}if \(\(\(ReactSharedInternals\.T = null\), \(Internals\.p = 2\), fn\)\) return fn\(\);\n {2}\} finally \{\n {4}\(ReactSharedInternals\.T = previousTransition\),\n {6}\(Internals\.p = previousUpdatePriority\),\n {6}Internals\.d\.f\(\);\n {2}\}\n\};/,
];
const REACT_DOM_STAND_IN = `import { __CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE as shared } from 'react';
const noop = () => {};
const Internals = {
  d: { f: noop, r: () => { throw Error('Minified React error #522'); }, D: noop, C: noop, L: noop, m: noop, X: noop, S: noop, M: noop },
  p: 0,
  findDOMNode: null,
};
export { Internals as __DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE };
export function flushSync(fn) {
  const transition = shared.T;
  const priority = Internals.p;
  try {
    shared.T = null;
    Internals.p = 2;
    if (fn) return fn();
  } finally {
    shared.T = transition;
    Internals.p = priority;
    Internals.d.f();
  }
}`;
const REACT_DOM_STAND_IN_ID = '\0kwave:react-dom-main';

/** ~1 KB gzip on every page (measured with `npm run budget`; lint forbids importing react-dom). */
export const reactDomMainStandIn: Plugin = {
  name: 'kwave:react-dom-main-stand-in',
  enforce: 'pre',
  apply: 'build',
  // The browser's bundle only: the server render's react-dom/server sets those internals.
  resolveId: (source, _importer, options) =>
    source === 'react-dom' && !options.ssr ? REACT_DOM_STAND_IN_ID : undefined,
  async load(id) {
    if (id !== REACT_DOM_STAND_IN_ID) return undefined;
    const { readFile } = await import('node:fs/promises');
    const release = await readFile(fromRoot(REACT_DOM_MAIN), 'utf8');
    for (const copied of REACT_DOM_COPIED)
      if (!copied.test(release))
        throw new Error(
          `${REACT_DOM_MAIN} changed: compare it with the stand-in in scripts/lib/bundle-plugins.ts`,
        );
    return REACT_DOM_STAND_IN;
  },
};
