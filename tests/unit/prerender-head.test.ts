import { describe, expect, it } from 'vitest';
import { buildHead, cspMeta } from '../../src/prerender/head.ts';
import { escapeHtml, scriptSafeJson } from '../../src/prerender/html.ts';

describe('scriptSafeJson', () => {
  const hostile = { title: '</script><script>alert(1)</script> <!-- & \u2028 \u2029' };

  it('never lets data close its <script> element or open a comment', () => {
    const json = scriptSafeJson(hostile);
    expect(json).not.toMatch(/<|>|&|\u2028|\u2029/);
  });

  it('round-trips to the same value', () => {
    expect(JSON.parse(scriptSafeJson(hostile))).toEqual(hostile);
  });
});

describe('buildHead', () => {
  const page = {
    path: '/articles/a-b-123abc',
    title: 'A "quoted" <b>title</b> · K-Wave Reader',
    heading: 'A "quoted" <b>title</b>',
    description: 'Fans & "friends" <3',
    type: 'article' as const,
    tagFeed: { id: 'bts', name: 'BTS' },
    jsonLd: { '@type': 'NewsArticle', headline: '</script><script>alert(1)</script>' },
  };
  const head = buildHead(page, 'https://kwave.example/');

  it('escapes text in attributes and elements', () => {
    expect(head).toContain(
      '<title>A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; · K-Wave Reader</title>',
    );
    expect(head).toContain(`content="${escapeHtml(page.description)}"`);
    expect(head).not.toContain('</script><script>');
  });

  it('uses the public base URL for canonical, og:url and og:image', () => {
    expect(head).toContain(
      '<link rel="canonical" href="https://kwave.example/articles/a-b-123abc" />',
    );
    expect(head).toContain(
      '<meta property="og:url" content="https://kwave.example/articles/a-b-123abc" />',
    );
    expect(head).toContain(
      '<meta property="og:image" content="https://kwave.example/og-default.png" />',
    );
    expect(head).toContain('<meta property="og:type" content="article" />');
    expect(head).toContain(
      '<meta property="og:title" content="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt;" />',
    );
  });

  it('points og:image and twitter:image at the page’s own card when it has one', () => {
    const own = buildHead(
      { ...page, image: { path: '/cards/articles/a-b-123abc.png', alt: 'A <b>' } },
      'https://kwave.example',
    );
    const url = 'https://kwave.example/cards/articles/a-b-123abc.png';
    expect(own).toContain(`<meta property="og:image" content="${url}" />`);
    expect(own).toContain(`<meta name="twitter:image" content="${url}" />`);
    expect(own).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(own).toContain('<meta property="og:image:alt" content="A &lt;b&gt;" />');
    expect(own).not.toContain('og-default.png');
  });

  it('advertises the site feeds and the tag’s own feeds', () => {
    expect(head).toContain('href="/feed.xml"');
    expect(head).toContain('href="/feed.json"');
    expect(head).toContain('href="/tags/bts/feed.xml"');
  });

  it('marks a page noindex instead of giving it a canonical URL when asked', () => {
    const notFound = buildHead({ ...page, noindex: true }, 'https://kwave.example');
    expect(notFound).toContain('<meta name="robots" content="noindex" />');
    expect(notFound).not.toContain('rel="canonical"');
  });

  it('has a strict Content-Security-Policy', () => {
    const policy = cspMeta();
    for (const directive of [
      "script-src 'self' 'wasm-unsafe-eval';",
      "object-src 'none'",
      "base-uri 'none'",
      "style-src 'self';",
      // The service worker and the web manifest, from this origin only (decision 0028).
      "worker-src 'self';",
      "manifest-src 'self';",
    ]) {
      expect(policy).toContain(escapeHtml(directive));
    }
    // WebAssembly (the search index) may compile; JavaScript may not be eval'd or inlined.
    expect(policy).toContain(escapeHtml("'wasm-unsafe-eval'"));
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|&#39;unsafe-(inline|eval)&#39;/);
  });

  it('allows inline scripts and styles only by their hashes', () => {
    const policy = cspMeta({
      scripts: ["'sha256-aaa='"],
      styles: ["'sha256-bbb='", "'sha256-ccc='"],
    });
    expect(policy).toContain(escapeHtml("script-src 'self' 'sha256-aaa=' 'wasm-unsafe-eval';"));
    expect(policy).toContain(escapeHtml("style-src 'self' 'sha256-bbb=' 'sha256-ccc=';"));
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|&#39;unsafe-(inline|eval)&#39;/);
  });
});
