// Share cards in the built sites: every story and tag page points its previews (Open
// Graph, Twitter, JSON-LD) at its own 1200x630 PNG, which exists and differs from every
// other story's; the site-wide card is in the brand colour.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRAND, DEFAULT_SHARE_IMAGE, sharePaths } from '../../src/config/site.ts';
import { pngHeader, topLeftColour } from './png.ts';
import { SITES, fileFor, loadPage, summariesOf, tagsOf } from './support.ts';

const metaContent = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;

const jsonLdImage = (doc: Document) => {
  const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as { image?: string | string[] };
  return Array.isArray(ld.image) ? ld.image : [ld.image];
};

describe.each(SITES)('share cards of the built site: $name', (site) => {
  const summaries = summariesOf(site);
  const tags = tagsOf(site);
  const png = (url: string) => {
    const file = fileFor(site, url);
    expect(file, `${url} exists`).toBeDefined();
    return readFileSync(file!);
  };
  const expectCard = (bytes: Buffer, what: string) => {
    // Indexed colour (type 3): a card is a few flat colours and their edges (card-png.ts).
    expect(pngHeader(bytes), what).toEqual({ width: 1200, height: 630, bitDepth: 8, colourType: 3 });
  };
  /** The page names its own card as a large summary image in Open Graph, Twitter and JSON-LD. */
  const expectSharedImage = (doc: Document, url: string, what: string) => {
    expect(metaContent(doc, 'og:image'), what).toBe(url);
    expect(metaContent(doc, 'twitter:image'), what).toBe(url);
    expect(metaContent(doc, 'twitter:card'), what).toBe('summary_large_image');
    expect(jsonLdImage(doc), what).toEqual([url]);
  };

  it('gives every story its own 1200x630 PNG, named by og:image, twitter:image and JSON-LD', () => {
    const digests = new Set<string>();
    for (const s of summaries) {
      const doc = loadPage(site, `articles/${s.slug}/index.html`);
      const url = `${site.baseUrl}${sharePaths.article(s.slug)}`;
      expectSharedImage(doc, url, s.slug);
      expect(metaContent(doc, 'og:image:alt'), s.slug).toBe(s.title);
      const bytes = png(sharePaths.article(s.slug));
      expectCard(bytes, s.slug);
      digests.add(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(digests.size, 'one distinct picture per story').toBe(summaries.length);
  });

  it('gives every tag page its own card the same way', () => {
    for (const t of tags) {
      const doc = loadPage(site, `tags/${t.id}/index.html`);
      const url = `${site.baseUrl}${sharePaths.tag(t.id)}`;
      expectSharedImage(doc, url, t.id);
      expectCard(png(sharePaths.tag(t.id)), t.id);
    }
  });

  it('shares the site card, in the brand colour, from the home page and the tag directory', () => {
    for (const file of ['index.html', 'tags/index.html']) {
      const doc = loadPage(site, file);
      expect(metaContent(doc, 'og:image'), file).toBe(`${site.baseUrl}${DEFAULT_SHARE_IMAGE}`);
      expect(metaContent(doc, 'twitter:image'), file).toBe(`${site.baseUrl}${DEFAULT_SHARE_IMAGE}`);
    }
    const bytes = png(DEFAULT_SHARE_IMAGE);
    expectCard(bytes, DEFAULT_SHARE_IMAGE);
    expect(topLeftColour(bytes)).toBe(BRAND.colour);
    expect(topLeftColour(png(sharePaths.article(summaries[0]!.slug)))).toBe(BRAND.colour);
  });

  it('writes exactly one card per story and per tag, nothing else', () => {
    const listed = (dir: string) => readdirSync(join(site.dir, 'cards', dir)).sort();
    expect(listed('articles')).toEqual(summaries.map((s) => `${s.slug}.png`).sort());
    expect(listed('tags')).toEqual(tags.map((t) => `${t.id}.png`).sort());
  });
});
