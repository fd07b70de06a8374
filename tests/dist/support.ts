// Reading a built site from disk: its pages as DOM documents, its data as typed JSON.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import type { SummaryPage, TagDirectory } from '../../src/contract/model.ts';

export interface BuiltSite {
  name: string;
  dir: string;
  baseUrl: string;
}

/** The two sites `npm run test:browser` builds: the seeds, and our own corpus with a hostile story. */
export const SITES: BuiltSite[] = [
  { name: 'seeds', dir: resolve('dist'), baseUrl: 'http://localhost:4173' },
  { name: 'fixture corpus', dir: resolve('dist-fixture'), baseUrl: 'https://kwave.example' },
];

export const readJson = <T>(site: BuiltSite, path: string) => JSON.parse(readFileSync(join(site.dir, path), 'utf8')) as T;

export const summariesOf = (site: BuiltSite) =>
  readdirSync(join(site.dir, 'data/pages'))
    .filter((f) => f.endsWith('.json')) // not the .br/.gz copies beside them
    .map((f) => readJson<SummaryPage>(site, `data/pages/${f}`))
    .sort((a, b) => a.page - b.page)
    .flatMap((p) => p.items);

export const tagsOf = (site: BuiltSite) => readJson<TagDirectory>(site, 'data/tags.json').tags;

/** Every HTML file of the site, as a path relative to its root. */
export const htmlFiles = (site: BuiltSite, dir = ''): string[] =>
  readdirSync(join(site.dir, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return path === 'data' || path === 'assets' ? [] : htmlFiles(site, path);
    return entry.name.endsWith('.html') ? [path] : [];
  });

export const loadPage = (site: BuiltSite, file: string) => new JSDOM(readFileSync(join(site.dir, file), 'utf8')).window.document;

/** The file a static host serves for a site-relative URL, or undefined when there is none. */
export const fileFor = (site: BuiltSite, url: string) => {
  const path = decodeURIComponent(new URL(url, 'http://site').pathname);
  const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`, `${path}.html`];
  return candidates.map((c) => join(site.dir, c)).find((c) => existsSync(c) && !c.endsWith('/'));
};
