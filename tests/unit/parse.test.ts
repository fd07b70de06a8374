import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../src/content/read/decode.ts';
import { parseSeedText } from '../../src/content/read/parse.ts';
import { LAYOUTS } from './support.ts';

const parseFixture = (name: string) => {
  const decoded = decodeSeed(`fixtures/${name}`, new Uint8Array(readFileSync(join(LAYOUTS, name))));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  return parseSeedText(`fixtures/${name}`, decoded.text);
};

describe('parseSeedText', () => {
  it('reads a file with no bullet as one article whose first line is the title', () => {
    const [article, ...rest] = parseFixture('no-bullet.txt');
    expect(rest).toHaveLength(0);
    expect(article!.title).toBe('Rain Returns With New Drama "Red Moon" After Five Years');
    expect(article!.line).toBe(1);
    expect(article!.body).toEqual([
      {
        type: 'paragraph',
        lines: [
          'Singer Rain (Jung Ji Hoon) will star in the drama "Red Moon", his first series in five years.',
          'The drama is written by Kim Eun Sook and directed by Park Shin Woo.',
        ],
      },
      { type: 'paragraph', lines: ['The cast list so far:'] },
      {
        type: 'list',
        items: [
          'Rain as detective Han Seo Jun',
          'Kim Tae Ri as prosecutor Yoon Ha',
          'Actor Byun Woo Seok in a cameo',
        ],
      },
    ]);
    expect(article!.blockLines).toEqual([3, 6, 7]);
  });

  it('splits tab-indented and space-padded bullets into articles and drops bracketed trailers', () => {
    const articles = parseFixture('tabs-and-bullets.txt');
    expect(articles.map((a) => a.title)).toEqual([
      'IVE’s Jang Won Young Tops Brand Rankings',
      'NewJeans ‘How Sweet’ Passes 100 Million Streams',
    ]);
    expect(articles.map((a) => a.line)).toEqual([1, 9]);
    expect(articles[0]!.body).toHaveLength(2);
    expect(JSON.stringify(articles)).not.toMatch(/Sources \(1\)|SOURCE \{3\}/);
  });

  it('reads a run of wholly quoted lines in mixed quote marks as one quote block', () => {
    const [, second] = parseFixture('tabs-and-bullets.txt');
    expect(second!.body.at(-1)).toEqual({
      type: 'quote',
      lines: ['"Queens!"', '“They deserve it”', '‘Best song of the year’'],
    });
  });

  it('keeps Hangul and emoji titles', () => {
    const articles = parseFixture('hangul-and-emoji.txt');
    expect(articles.map((a) => a.title)).toEqual(['방탄소년단 완전체 컴백 확정', '🎉🔥💜']);
    expect(articles[1]!.body).toEqual([
      { type: 'paragraph', lines: ['Fans celebrated with emoji-only posts.'] },
    ]);
  });

  it('handles CRLF, a byte order mark and mismatched curly quotes', () => {
    const [article] = parseFixture('crlf-bom.txt');
    expect(article!.title).toBe('Kim Soo Hyun Talks About “Queen of Tears” Ending');
    expect(article!.body).toEqual([
      {
        type: 'paragraph',
        lines: ['Actor Kim Soo Hyun said Netflix’s hit drama “Queen of Tears” moved him.'],
      },
      { type: 'paragraph', lines: ['He added, “Thank you to the fans.”'] },
    ]);
  });

  it('reads a list after a line ending in ":" even across blank lines', () => {
    const text =
      '• Records\n\nIt broke records:\n\n\nFirst record\nSecond record\n\nAfter the list.';
    const [article] = parseSeedText('x.txt', text);
    expect(article!.body).toEqual([
      { type: 'paragraph', lines: ['It broke records:'] },
      { type: 'list', items: ['First record', 'Second record'] },
      { type: 'paragraph', lines: ['After the list.'] },
    ]);
  });

  it('reads "- item" lines as a list and keeps other consecutive lines as one paragraph', () => {
    const text = 'Title\n\n- one\n- two\n\nWhat next?\nA second line.';
    const [article] = parseSeedText('x.txt', text);
    expect(article!.body).toEqual([
      { type: 'list', items: ['one', 'two'] },
      { type: 'paragraph', lines: ['What next?', 'A second line.'] },
    ]);
  });

  it('keeps HTML-looking text as text', () => {
    const [article] = parseSeedText(
      'x.txt',
      '• <script>alert(1)</script> & <b>Title</b>\n\n<!-- body --> </script>',
    );
    expect(article!.title).toBe('<script>alert(1)</script> & <b>Title</b>');
    expect(article!.body).toEqual([{ type: 'paragraph', lines: ['<!-- body --> </script>'] }]);
  });

  it('gives an article whose title has no body an empty body (validation reports it)', () => {
    const articles = parseSeedText('x.txt', '• First\n\nBody.\n\n• Second\n\nSource (1)\n');
    expect(articles.map((a) => [a.title, a.body.length])).toEqual([
      ['First', 1],
      ['Second', 0],
    ]);
  });
  it('strips • bullets from body lists, keeps numbered lines whole', () => {
    const text =
      'Title\n\nTop songs:\n• Seven\n• Standing Next to You\n\n1. Jungkook topped the chart.\n2. BTS came second.';
    const [article] = parseSeedText('x.txt', text);
    expect(article!.body).toEqual([
      { type: 'paragraph', lines: ['Top songs:'] },
      { type: 'list', items: ['Seven', 'Standing Next to You'] },
      { type: 'paragraph', lines: ['1. Jungkook topped the chart.', '2. BTS came second.'] },
    ]);
  });

  it('treats a line of zero-width spaces as blank and a trailer as a separator', () => {
    const text = 'Title\n\nFirst line.\n\u200b\nSecond block.\nSource (1)\nThird block.';
    const [article] = parseSeedText('x.txt', text);
    expect(article!.body).toEqual([
      { type: 'paragraph', lines: ['First line.'] },
      { type: 'paragraph', lines: ['Second block.'] },
      { type: 'paragraph', lines: ['Third block.'] },
    ]);
    expect(article!.blockLines).toEqual([3, 5, 7]);
  });

  it('keeps a named source as the article’s credit and drops numbered reference trailers', () => {
    const text = [
      '• Jungkook tops the chart',
      '',
      'Jungkook’s "Seven" is number one.',
      '',
      'Source: Soompi, Yonhap',
      '',
      '• Park Ji-hu joins a new drama',
      '',
      'The actress signed on.',
      'Source (1)',
      'Sources: [2] (3)',
      '',
      '• Netflix confirms a second season',
      '',
      'Filming starts in spring.',
      '\u200bSources: Dispatch.',
    ].join('\n');
    const articles = parseSeedText('x.txt', text);
    expect(articles.map((a) => a.source)).toEqual(['Soompi, Yonhap', undefined, 'Dispatch']);
    expect(JSON.stringify(articles.map((a) => a.body))).not.toMatch(/Source/);
  });

  it('takes a source only from a short credit line, not from a sentence about one', () => {
    const text =
      'Title\n\nSource: a person close to the actor said the news was premature, and denied it.';
    const [article] = parseSeedText('x.txt', text);
    expect(article!.source).toBeUndefined();
    expect(article!.body).toHaveLength(1);
  });
});
