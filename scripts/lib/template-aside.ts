// Vite builds index.html into the page template the prerender fills (src/prerender/template.ts).
// Written as dist/index.html it was a file of every build that the home page then replaced:
// a warm build with nothing changed wrote one file, and a deploy between the two steps
// would publish an empty shell. Beside Vite's manifest instead, it leaves dist/index.html
// to the prerender's writer, which skips unchanged bytes; the folder goes once read.
import type { Plugin } from 'vite';
import { TEMPLATE_FILE } from '../../src/build/build-cache.ts';

export const templateAside: Plugin = {
  name: 'kwave:template-aside',
  apply: 'build',
  // After Vite's own HTML plugin has put the page into the bundle.
  enforce: 'post',
  generateBundle(_options, bundle) {
    const html = bundle['index.html'];
    if (html?.type !== 'asset') throw new Error('vite build made no index.html to prerender from');
    delete bundle['index.html'];
    this.emitFile({ type: 'asset', fileName: TEMPLATE_FILE, source: html.source });
  },
};
