// Files for readers and crawlers outside the app, written when the build knows its public
// base URL: every URL in them is absolute.
import type { SiteFileEmitter } from './emitter.ts';
import { emitFeeds } from './feeds.ts';
import { emitRobots } from './robots.ts';
import { emitSitemap } from './sitemap.ts';

export const siteFileEmitters: SiteFileEmitter[] = [emitFeeds, emitSitemap, emitRobots];
