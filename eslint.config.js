import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import importPlugin from 'eslint-plugin-import';
import { localRules } from './eslint-rules/effect-returns-cleanup.js';

/** Zones that keep each pipeline stage from importing the stages after it. */
const laterStages = (root, stages) =>
  stages.slice(0, -1).map((stage, i) => ({
    target: `${root}/${stage}`,
    from: stages.slice(i + 1).map((later) => `${root}/${later}`),
    message: `The pipeline runs ${stages.join(' -> ')}: ${stage} imports no later stage.`,
  }));

export default tseslint.config(
  {
    ignores: ['dist', 'dist-fixture', 'node_modules', 'coverage', 'bench-corpus'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, local: localRules },
    rules: {
      'local/effect-returns-cleanup': 'error',
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@tanstack/react-query',
              importNames: [
                'useMutation',
                'useIsMutating',
                'useMutationState',
                'useInfiniteQuery',
                'useSuspenseInfiniteQuery',
                'usePrefetchInfiniteQuery',
                'infiniteQueryOptions',
                'focusManager',
              ],
              message:
                'Mutations, infinite queries and the focus manager are left out of the build (scripts/lib/bundle-plugins.ts).',
            },
            {
              name: 'react-dom',
              message:
                "The browser's bundle has a stand-in for react-dom's main module, with only React's internals and flushSync (scripts/lib/bundle-plugins.ts): use react-dom/client.",
            },
            {
              name: 'react-router-dom',
              importNames: ['Link', 'NavLink'],
              message:
                "Use components/ui/link: the router's own carry ~2.5 KB of unused code to every page.",
            },
          ],
          patterns: [
            {
              group: ['**/content/*', '!**/content/model'],
              message: 'The app may import only types (content/model) from the pipeline.',
            },
          ],
        },
      ],
    },
  },
  {
    // Layers (in the style of bulletproof-react): each zone names a folder (target) that may
    // not import from another (from). The data contract imports nothing; the pipeline runs
    // read -> validate -> knowledge -> tag -> emit and an earlier stage never imports a later
    // one; the pipeline imports no UI; a feature imports no other feature; nothing but the
    // app shell and the prerenderer imports the app. And no import cycles anywhere.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/contract', from: './src', except: ['./contract'] },
            ...laterStages('./src/content', ['read', 'validate', 'knowledge', 'tag', 'emit']),
            {
              target: './src/content',
              from: ['./src/app', './src/features', './src/components'],
              message: 'The pipeline imports no UI.',
            },
            {
              // The sitemap emitter walks the page-type table (decision 0019): the one
              // place the pipeline sees the prerenderer, and that table imports no React.
              target: './src/content',
              from: './src/prerender',
              except: ['./page-types.ts', './page-type.ts'],
              message: 'The pipeline imports no prerender code but the page-type table.',
            },
            ...['articles', 'search', 'tags'].map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'A feature imports no other feature: share through components/ or lib/.',
            })),
            {
              target: ['./src/features', './src/components', './src/lib', './src/config'],
              from: './src/app',
              message: 'Only the app shell and the prerenderer import the app.',
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  {
    // The pipeline, its entry points and tests may import pipeline code.
    files: ['src/content/**', 'scripts/**', 'tests/**', 'vite.config.ts', 'src/prerender/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
