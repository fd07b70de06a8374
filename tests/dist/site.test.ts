// Walks the built sites in dist/ and dist-fixture/: every page exists, every internal link
// resolves, nothing runs inline that the CSP does not name, and each page type has its meta tags.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/config/paths.ts';
import { cspHash } from '../../src/prerender/inline-assets.ts';
import { SITES, fileFor, htmlFiles, loadPage, summariesOf, tagsOf } from './support.ts';

const DATA_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json']);

const metaContent = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;

const jsonLdTypes = (doc: Document) =>
  [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => (JSON.parse(s.textContent ?? '{}') as { '@type': string })['@type']);

describe.each(SITES)('the built site: $name', (site) => {
  const pages = htmlFiles(site);
  const summaries = summariesOf(site);
  const tags = tagsOf(site);

  it('has a page for every story and every tag, the tag directory, home, offline and 404', () => {
    const expected = ['index.html', '404.html', 'offline/index.html', 'tags/index.html', 'search/index.html', 'following/index.html', 'saved/index.html', ...summaries.map((s) => `articles/${s.slug}/index.html`), ...tags.map((t) => `tags/${t.id}/index.html`)];
    expect(new Set(pages)).toEqual(new Set(expected));
  });

  it('links only to files that exist', () => {
    for (const file of pages) {
      const doc = loadPage(site, file);
      const refs = [...doc.querySelectorAll('a[href], link[href], script[src], img[src]')]
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src')!)
        .filter((ref) => ref.startsWith('/') && !ref.startsWith('//'));
      expect(refs.length, file).toBeGreaterThan(0);
      for (const ref of refs) expect(fileFor(site, ref), `${file} links to ${ref}`).toBeDefined();
    }
  });

  it('runs inline only the scripts and styles its CSP names by hash; no style attributes or event handlers', () => {
    for (const file of pages) {
      const doc = loadPage(site, file);
      const policy = doc.head.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      const allowed = (directive: string) => policy.split('; ').find((d) => d.startsWith(`${directive} `))?.split(' ').slice(1) ?? [];
      const code = [...doc.querySelectorAll('script:not([src])')].filter((s) => !DATA_SCRIPT_TYPES.has(s.getAttribute('type') ?? ''));
      // The theme script and the app's loader, nothing else: any other inline code is a mistake or an injection.
      expect(code.length, file).toBe(2);
      expect(allowed('script-src'), file).toEqual(["'self'", ...code.map((s) => cspHash(s.textContent ?? '')), "'wasm-unsafe-eval'"]);
      const styles = [...doc.querySelectorAll('style')];
      expect(styles.length, `${file}: the stylesheet inline`).toBe(1);
      expect(allowed('style-src'), file).toEqual(["'self'", ...styles.map((s) => cspHash(s.textContent ?? ''))]);
      expect(doc.querySelectorAll('[style]').length, file).toBe(0);
      const handlers = [...doc.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on')));
      expect(handlers, file).toEqual([]);
    }
  });

  it('gives every page a title, description, canonical URL, Open Graph, Twitter card and feed links', () => {
    // The 404 and offline pages are noindex: no canonical URL (the service worker serves the
    // offline page for other addresses).
    for (const file of pages.filter((p) => p !== '404.html' && p !== 'offline/index.html')) {
      const doc = loadPage(site, file);
      const url = `${site.baseUrl}${file === 'index.html' ? '/' : `/${file.replace(/\/index\.html$/, '')}`}`;
      expect(doc.title, file).toMatch(/K-Wave Reader/);
      expect(metaContent(doc, 'description')?.length, file).toBeGreaterThan(20);
      // A page of the reader's own (Following, Saved) is not for search engines: no canonical.
      if (!metaContent(doc, 'robots')?.includes('noindex')) {
        expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), file).toBe(url);
        expect(metaContent(doc, 'og:url'), file).toBe(url);
      }
      const ogTitle = metaContent(doc, 'og:title') ?? '';
      expect(ogTitle.length, file).toBeGreaterThan(0);
      expect(doc.title.startsWith(ogTitle) || ogTitle === 'K-Wave Reader', file).toBe(true);
      expect(metaContent(doc, 'og:site_name')).toBe('K-Wave Reader');
      // Which picture each page shares: tests/dist/share-cards.test.ts.
      expect(metaContent(doc, 'og:image'), file).toMatch(new RegExp(`^${site.baseUrl}/.+\\.png$`));
      expect(metaContent(doc, 'twitter:card')).toBe('summary_large_image');
      expect(doc.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe('/feed.xml');
      expect(doc.querySelector('link[rel="alternate"][type="application/feed+json"]')?.getAttribute('href')).toBe('/feed.json');
    }
  });

  it('marks stories as articles with NewsArticle JSON-LD naming their tags', () => {
    for (const s of summaries) {
      const doc = loadPage(site, `articles/${s.slug}/index.html`);
      expect(metaContent(doc, 'og:type')).toBe('article');
      expect(jsonLdTypes(doc)).toEqual(['NewsArticle']);
      const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as { headline: string; keywords: string; url: string; datePublished: string };
      expect(ld.url).toBe(`${site.baseUrl}${paths.article.getHref(s.slug)}`);
      expect(ld.datePublished).toBe(s.date);
      expect(metaContent(doc, 'article:published_time')).toBe(s.date);
      // The date shows on the prerendered page, machine-readable.
      expect(doc.querySelector(`main header time[datetime="${s.date}"]`)?.textContent).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
      expect(ld.keywords).toBe(s.tags.map((t) => t.name).join(', '));
      expect(doc.querySelector('h1')?.textContent).toBe(s.title);
    }
  });

  it('marks tag pages as collections with their own feeds', () => {
    for (const t of tags) {
      const doc = loadPage(site, `tags/${t.id}/index.html`);
      expect(metaContent(doc, 'og:type')).toBe('website');
      expect(jsonLdTypes(doc)).toEqual(['CollectionPage']);
      expect(doc.querySelector(`link[rel="alternate"][href="/tags/${t.id}/feed.xml"]`)).not.toBeNull();
    }
  });

  it('keeps the 404 page out of search results', () => {
    const doc = loadPage(site, '404.html');
    expect(metaContent(doc, 'robots')).toBe('noindex');
    expect(doc.querySelector('h1')?.textContent).toMatch(/not found/i);
  });

  it('keeps the offline page out of search results and the sitemap (the sitemap test lists every page)', () => {
    const doc = loadPage(site, 'offline/index.html');
    expect(metaContent(doc, 'robots')).toBe('noindex');
    expect(doc.querySelector('h1')?.textContent).toBe('You are offline');
  });

  it('lists every page in sitemap.xml, named by robots.txt', () => {
    const sitemap = readFileSync(join(site.dir, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const expected = ['/', '/tags', ...tags.map((t) => `/tags/${t.id}`), ...summaries.map((s) => `/articles/${s.slug}`)].map((p) => `${site.baseUrl}${p}`);
    expect(new Set(locs)).toEqual(new Set(expected));
    const urls = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
    for (const u of urls) expect(u, u).toMatch(/<lastmod>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)<\/lastmod>/);
    expect(readFileSync(join(site.dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site.baseUrl}/sitemap.xml`);
  });
});

describe('the hostile story', () => {
  const site = SITES[1]!;
  const hostile = summariesOf(site).find((s) => s.title.includes('</script>'))!;
  const file = `articles/${hostile.slug}/index.html`;
  const html = readFileSync(join(site.dir, file), 'utf8');

  it('shows its title and body as text', () => {
    const doc = loadPage(site, file);
    expect(doc.querySelector('h1')?.textContent).toBe('</script><script>alert(1)</script> Hostile Headline <!-- Test');
    expect(doc.querySelector('main')?.textContent).toContain('</script><script>alert("body")</script> and <!-- opens a comment.');
    expect(doc.querySelector('main')?.textContent).toContain('<img src=x onerror="alert(2)">');
    expect(doc.querySelector('main')?.textContent).toContain("$$$ and $& and $' and $` and $1 must stay as written.");
    expect(doc.querySelectorAll('#root')).toHaveLength(1);
    expect(doc.querySelectorAll('head')).toHaveLength(1);
  });

  it('cannot close or comment out the script elements that carry its data', () => {
    for (const m of html.matchAll(/<script type="application\/(?:ld\+)?json"[^>]*>([\s\S]*?)<\/script>/g)) {
      expect(m[1]).not.toMatch(/<\/script|<!--|<script/i);
      expect(() => JSON.parse(m[1]!)).not.toThrow();
    }
  });
});
