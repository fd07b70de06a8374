import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { contentPlugin } from './src/content/vite-plugin.ts';

export default defineConfig({
  // SEEDS_DIR builds another corpus, e.g. the 10k benchmark one (npm run corpus).
  plugins: [react(), tailwindcss(), contentPlugin({ seedsDir: process.env.SEEDS_DIR })],
  // OUT_DIR builds a second site beside dist/, e.g. the hostile-story fixture for tests.
  build: { outDir: process.env.OUT_DIR ?? 'dist' },
});
