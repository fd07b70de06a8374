// Where the build keeps what it knows of the previous build of one output folder:
// node_modules/.cache/kwave-build/<folder name>-<hash of its path>/ (BUILD_CACHE_DIR moves it).
// `CLEAN=1` or `--clean` ignores it: everything is written again, and every file in the
// output folder this build did not write is deleted.
import { basename, join, resolve } from 'node:path';
import { hashOf, type BuildManifest } from './build-manifest.ts';

export const isCleanBuild = (env: NodeJS.ProcessEnv, argv: readonly string[]) =>
  env.CLEAN === '1' || argv.includes('--clean');

export const buildCacheDir = (root: string, outDir: string, env: NodeJS.ProcessEnv) => {
  const base = resolve(root, env.BUILD_CACHE_DIR ?? 'node_modules/.cache/kwave-build');
  return join(base, `${basename(outDir)}-${hashOf(resolve(outDir)).slice(0, 8)}`);
};

/**
 * The page template Vite builds from index.html, beside its manifest in the output folder
 * (scripts/lib/template-aside.ts); the prerender reads both, then removes the folder.
 */
export const TEMPLATE_FILE = '.vite/template.html';

/** The last finished build's record. */
export const manifestPath = (cacheDir: string) => join(cacheDir, 'manifest.json');
/** What the content plugin (inside `vite build`) wrote in this build, for the prerender. */
export const phasePath = (cacheDir: string) => join(cacheDir, 'phase.json');

/**
 * The files `vite build` wrote, when scripts/build.ts runs the data step beside it
 * (KWAVE_DATA_STEP=outside): the content plugin lists them here instead of writing the data.
 */
export const bundleListPath = (cacheDir: string) => join(cacheDir, 'bundle.json');
/** Set by scripts/build.ts for the `vite build` it starts: the data step runs beside it. */
export const dataStepOutside = (env: NodeJS.ProcessEnv) => env.KWAVE_DATA_STEP === 'outside';

/** The content plugin's share of a build, handed to the prerender. */
export interface BuildPhase {
  manifest: BuildManifest;
  /** Files Vite wrote itself in this build: the prerender never skips writing them. */
  touched: string[];
  /** Files the plugin wrote (data, feeds, sitemap). */
  written: number;
  /**
   * The files in the output folder when the step ended: the prerender does not list them
   * again. In one process the writer's own set is handed over (910,000 paths at 100,000
   * stories: copying them took a second); phase.json holds a list.
   */
  present?: Iterable<string>;
  /** The last build's record, as the data step read it (handed over in one process only). */
  previous?: BuildManifest;
}
