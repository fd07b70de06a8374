import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import { localRules } from './eslint-rules/effect-returns-cleanup.js';

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
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  {
    // The pipeline, its entry points and tests may import pipeline code.
    files: ['src/content/**', 'scripts/**', 'tests/**', 'vite.config.ts', 'src/prerender/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
