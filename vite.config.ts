import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { contentPlugin } from './src/content/vite-plugin.ts';
import {
  directDynamicImports,
  queryClientWithoutUnusedMethods,
  queryCoreWithoutMutations,
  reactDomMainStandIn,
  reactRouterProduction,
  treeShakeReactRouter,
} from './scripts/lib/bundle-plugins.ts';
import { serviceWorker, SW_FILE } from './scripts/lib/service-worker-build.ts';
import { templateAside } from './scripts/lib/template-aside.ts';

// Page code (src/app/routes) and the shortcuts dialog are loaded on demand; everything else
// the browser needs on every page: libraries, the shell, shared helpers.
// Name normalisation (src/lib/names) is used only by search, which loads when used; how
// lists are cut into chunks (src/config/list-chunks.ts) only by the pages that show one,
// and tags are intersected (src/lib/intersect.ts) only by a filter by several; feed links
// (src/config/feed-paths.ts) show on home and tag pages only. The reader's marks
// (src/lib/stars.ts) stay in the entry: every list and the header read them.
// The service worker's registration (src/lib/service-worker.ts) runs after load but is bundled
// with the entry: a chunk of its own cost 229 B more gzip a page and a request no loader names
// (tests/browser/budget.test.ts; decision 0028).
const onDemand =
  /\/src\/(app\/routes|features|lib\/names|components\/stars)\/|\/(shortcuts-dialog|keyboard-shortcuts|not-found-view)\.|\/(config\/(list-chunks|feed-paths)|lib\/(intersect|compare-names)|lib\/persist|lib\/offline-cache|lib\/service-worker-update)\./;
// Follow, save and export controls load with the pages that show them (tag, story,
// Following, Saved), not with the home page.
const storyBasics = (id: string) =>
  /\/src\/features\/(articles\/(components\/(story-date|article-link|report-list)|api\/(article-queries|events))|tags\/api\/tag-queries)\./.test(
    id,
  );
// With the feed links, which show on the same pages (home and tag pages).
const storyListCode = (id: string) =>
  /\/src\/(features\/(articles\/(components\/(story-list|story-card)|api\/(story-list|load-view|one-card-per-event))|feeds\/components\/feed-links)|config\/(list-chunks|feed-paths))\./.test(
    id,
  );
// The Follow button (and the storage request it shares with Save): Save and Export/Import
// go with the pages that show them.
const starsCode = (id: string) =>
  /\/src\/(components\/stars\/follow-button|lib\/persist)\./.test(id);
// Search code but the header's box (which every page shows) and the search page's form:
// one chunk, loaded when the reader starts to search or a query is shown. Several chunks
// use it, so without this group it would land in "shared", which every page loads.
const searchCode = (id: string) =>
  /\/src\/(features\/search|lib\/names)\//.test(id) && !/\/(header-search|search-view)\./.test(id);

export default defineConfig({
  // SEEDS_DIR builds another corpus, e.g. the 10k benchmark one (npm run corpus).
  plugins: [
    directDynamicImports,
    reactDomMainStandIn,
    reactRouterProduction,
    treeShakeReactRouter,
    queryCoreWithoutMutations,
    queryClientWithoutUnusedMethods,
    react(),
    tailwindcss(),
    contentPlugin({ seedsDir: process.env.SEEDS_DIR, closeBundleFiles: [SW_FILE] }),
    templateAside,
    serviceWorker(),
  ],
  build: {
    // OUT_DIR builds a second site beside dist/, e.g. the hostile-story fixture for tests.
    outDir: process.env.OUT_DIR ?? 'dist',
    // Not emptied: the build writes only what changed, and deletes what the previous build
    // wrote and this one did not (src/build/output-writer.ts), so a story removed from the
    // seeds still goes offline. `CLEAN=1 npm run build` deletes every other file too.
    emptyOutDir: false,
    // .vite/manifest.json: src/prerender/preloads.ts reads it to preload each page's route chunk.
    manifest: true,
    // No preload helper or polyfill in the bundle: a prerendered page preloads its chunks
    // in HTML, and every chunk a route imports is one the first page load already fetched.
    modulePreload: false,
    rolldownOptions: {
      // Rolldown's [PLUGIN_TIMINGS] block reads like a warning on every build of a large
      // corpus (the content plugin runs the whole pipeline); BUILD_TIMINGS=1 shows it.
      checks: { bundlerTimings: process.env.BUILD_TIMINGS === '1' },
      output: {
        codeSplitting: {
          groups: [
            // One file with the entry. Left alone, the bundler moves modules the entry shares
            // with a lazy chunk (React itself) into an extra chunk every page then loads.
            // The tag kinds table goes with it: every page but search shows kinds or main tags.
            { name: 'index', test: (id) => !onDemand.test(id) || storyBasics(id) },
            { name: 'search', test: searchCode },
            { name: 'follow', test: starsCode },

            // The story list: home, tag and Following pages show it; a story page does not,
            // and would load it with "shared" if it went there.
            { name: 'story-list', test: storyListCode },
            // Feature code three or more pages use, in one chunk instead of one per combination.
            { name: 'shared', minShareCount: 3 },
          ],
        },
      },
    },
  },
});
