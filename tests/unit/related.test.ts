import { describe, expect, it } from 'vitest';
import { ordinalsByTag, relatedArticles } from '../../src/content/emit/related.ts';
import { summaryOf } from '../../src/content/emit/summarize.ts';
import type { TagKind, TagRef } from '../../src/contract/model.ts';
import type { Article } from '../../src/content/pipeline.ts';

const tag = (id: string, kind: TagKind): TagRef => ({ id, name: id, kind });
const netflix = tag('netflix', 'org');
const tvn = tag('tvn', 'org');
const jyp = tag('jyp', 'org');
const parkJiHu = tag('park-ji-hu', 'person');
const aouad = tag('all-of-us-are-dead', 'show');
const twice = tag('twice', 'group');

const story = (slug: string, tags: TagRef[]): Omit<Article, 'ordinal'> => ({
  date: '2025-03-14T00:00:00Z',
  slug,
  file: 'seeds/x.txt',
  line: 1,
  title: slug,
  body: [{ type: 'paragraph', lines: [`${slug} text.`] }],
  blockLines: [3],
  tags,
  mentions: [],
});

/** Related slugs for each story of a little corpus, in rank order. */
const relatedOf = (stories: Omit<Article, 'ordinal'>[]) => {
  // Newest first, ordinals counted from the oldest, as the pipeline hands them over.
  const articles = stories.map((s, i) => ({ ...s, ordinal: stories.length - 1 - i }));
  const related = relatedArticles(
    articles,
    articles.map((a) => summaryOf(a)),
    ordinalsByTag(articles),
  );
  return Object.fromEntries(articles.map((a) => [a.slug, related(a).map((r) => r.slug)]));
};

describe('related stories', () => {
  it('relates no two stories through an org alone', () => {
    const related = relatedOf([
      story('netflix-drama', [aouad, netflix]),
      story('netflix-only', [netflix, tvn]),
      story('other-netflix', [twice, netflix, jyp]),
    ]);
    expect(related['netflix-drama']).toEqual([]);
    expect(related['netflix-only']).toEqual([]);
  });

  it('ranks a shared person or show far above several shared orgs', () => {
    // Fillers make the person common (a low log weight) and the orgs rare (a high one):
    // kind must still win over rarity.
    const fillers = Array.from({ length: 6 }, (_, i) => story(`filler-${i}`, [parkJiHu]));
    const related = relatedOf([
      story('reader', [parkJiHu, netflix, tvn, jyp]),
      story('same-orgs', [twice, netflix, tvn, jyp]),
      story('same-actor', [parkJiHu]),
      ...fillers,
    ]);
    expect(related.reader![0]).toBe('same-actor');
    expect(related.reader).not.toContain('same-orgs');
  });

  it('lets a shared org break a tie between stories related through the same show', () => {
    const related = relatedOf([
      story('reader', [aouad, netflix]),
      story('show-only', [aouad]),
      story('show-and-netflix', [aouad, netflix]),
    ]);
    expect(related.reader).toEqual(['show-and-netflix', 'show-only']);
  });

  it('lists the shared tags, works before orgs', () => {
    const articles = [story('a', [netflix, aouad]), story('b', [aouad, netflix])].map((s, o) => ({
      ...s,
      ordinal: o,
    }));
    const related = relatedArticles(
      articles,
      articles.map((a) => summaryOf(a)),
      ordinalsByTag(articles),
    );
    expect(related(articles[0]!)[0]!.shared.map((t) => t.id)).toEqual([
      'all-of-us-are-dead',
      'netflix',
    ]);
  });
});
