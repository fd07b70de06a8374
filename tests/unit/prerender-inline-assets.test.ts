import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, inlineHashes, inlineStylesheets } from '../../src/prerender/inline-assets.ts';

const sha = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('inline assets of a prerendered page', () => {
  it('hashes an inline script exactly as the browser checks it (every byte, spaces included)', () => {
    expect(cspHash('\n  a();\n')).toBe(sha('\n  a();\n'));
    expect(cspHash('a();')).not.toBe(cspHash(' a();'));
    // The CSP 3 example: sha256 of "alert('Hello, world.');".
    expect(cspHash("alert('Hello, world.');")).toBe(
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    );
  });

  it('lists executable inline scripts and styles, not external scripts or JSON data', () => {
    const html = [
      '<script>one()</script>',
      '<script type="module" src="/a.js"></script>',
      '<script type="application/json" id="q">{"a":1}</script>',
      '<script type="application/ld+json">{}</script>',
      '<style>p{color:red}</style>',
    ].join('\n');
    expect(inlineHashes(html)).toEqual({
      scripts: [sha('one()')],
      styles: [sha('p{color:red}')],
    });
  });

  it('replaces a stylesheet link with its file in a <style>', () => {
    const html = '<head><link rel="stylesheet" crossorigin href="/assets/x.css"></head>';
    const read = (path: string) => (path === '/assets/x.css' ? 'p{margin:0}' : '');
    expect(inlineStylesheets(html, read)).toBe('<head><style>p{margin:0}</style></head>');
  });

  it('refuses CSS that would close its <style> element', () => {
    const html = '<link rel="stylesheet" href="/x.css">';
    expect(() => inlineStylesheets(html, () => 'a{}</style><script>x()</script>')).toThrow(
      /cannot be inlined/,
    );
  });
});
