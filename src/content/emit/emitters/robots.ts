// robots.txt: everything may be crawled; the sitemap lists what there is.
import type { SiteFileEmitter } from './emitter.ts';

export const emitRobots: SiteFileEmitter = (_context, abs, out) => {
  out.text('robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${abs('/sitemap.xml')}\n`);
};
