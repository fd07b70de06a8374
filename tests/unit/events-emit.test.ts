// What the emitters make of the corpus's events (decision 0030): every report's summary names
// the event's reports, earliest first; a story page lists them, related stories leave them
// out; trending counts events, not reports; the search record names the event.
import { describe, expect, it } from 'vitest';
import { emitData } from '../../src/content/emit/emit.ts';
import { trendingTags } from '../../src/content/emit/trending.ts';
import type { Corpus } from '../../src/content/pipeline.ts';
import { searchRecord } from '../../src/prerender/search-record.ts';
import type { ArticleDetail, ListChunk, TagDirectory, TagRef } from '../../src/contract/model.ts';
import { seedCorpus } from './support.ts';

const json = <T>(files: Map<string, string>, path: string) => JSON.parse(files.get(path)!) as T;

/** The seeds with the director's three interview reports made one event, as the clusterer does. */
const interviewCorpus = (): Corpus => {
  const corpus = seedCorpus();
  const interview = corpus.articles
    .filter((a) => a.title.includes('All of Us Are Dead'))
    .toSorted((a, b) => a.ordinal - b.ordinal);
  const slugs = interview.map((a) => a.slug);
  const rest = corpus.articles.filter((a) => !slugs.includes(a.slug));
  corpus.events = [
    ...rest.map((a) => ({ id: a.slug, slugs: [a.slug], joins: [] })),
    {
      id: slugs[0]!,
      slugs,
      joins: slugs
        .slice(1)
        .map((slug) => ({ slug, to: slugs[0]!, score: 0.5, rule: 'same-event' as const })),
    },
  ];
  return corpus;
};

/** The seeds with every story an event of its own. */
const soloCorpus = (): Corpus => {
  const corpus = seedCorpus();
  corpus.events = corpus.articles.map((a) => ({ id: a.slug, slugs: [a.slug], joins: [] }));
  return corpus;
};

describe('events in the data', () => {
  it("gives every report's summary the event's reports, earliest first; others none", () => {
    const corpus = interviewCorpus();
    const { slugs } = corpus.events.at(-1)!;
    const files = emitData(corpus);
    const items = json<ListChunk>(files, 'data/chunks/1.json').items;
    for (const item of items) {
      if (slugs.includes(item.slug)) expect(item.reports?.map((r) => r.slug)).toEqual(slugs);
      else expect(item).not.toHaveProperty('reports');
    }
    // The same on a tag's list and on the story's own page.
    const tagItems = json<ListChunk>(files, 'data/tags/all-of-us-are-dead/chunks/1.json').items;
    expect(tagItems.every((i) => i.reports?.length === 3)).toBe(true);
    const detail = json<ArticleDetail>(files, `data/articles/${slugs[1]}.json`);
    expect(detail.reports?.map((r) => r.title)).toEqual(
      slugs.map((s) => corpus.articles.find((a) => a.slug === s)!.title),
    );
  });

  it('leaves the other reports out of a story’s related stories', () => {
    const corpus = interviewCorpus();
    const { slugs } = corpus.events.at(-1)!;
    const files = emitData(corpus);
    for (const slug of slugs) {
      const related = json<ArticleDetail>(files, `data/articles/${slug}.json`).related;
      expect(related.filter((r) => slugs.includes(r.slug))).toEqual([]);
    }
    // Without the event they were its closest relations.
    const alone = emitData(soloCorpus());
    const related = json<ArticleDetail>(alone, `data/articles/${slugs[0]}.json`).related;
    expect(related.some((r) => slugs.includes(r.slug))).toBe(true);
  });

  it('names the event in the search record of each of its reports only', () => {
    const corpus = interviewCorpus();
    const files = emitData(corpus);
    const { slugs } = corpus.events.at(-1)!;
    for (const a of corpus.articles) {
      const detail = json<ArticleDetail>(files, `data/articles/${a.slug}.json`);
      const { content } = searchRecord(`/articles/${a.slug}`, detail, () => []);
      if (slugs.includes(a.slug))
        expect(content).toContain(`data-pagefind-meta="event:${slugs[0]}"`);
      else expect(content).not.toContain('event:');
    }
  });

  it('writes trending into the tag directory: two events or more of the latest week', () => {
    // As one event the interview makes no trend (each of its names has one event)...
    const joined = json<TagDirectory>(emitData(interviewCorpus()), 'data/tags.json');
    expect(joined.trending).toEqual({ days: 7, tags: [] });
    // ...as three, its show and its director trend, named as in the directory.
    const apart = json<TagDirectory>(emitData(soloCorpus()), 'data/tags.json');
    expect(apart.trending!.tags.map((t) => [t.name, t.kind, t.events])).toEqual(
      expect.arrayContaining([
        ['All of Us Are Dead', 'show', 3],
        ['Lee Jae Kyu', 'person', 3],
      ]),
    );
  });
});

describe('trending', () => {
  const ref = (id: string, kind: TagRef['kind'] = 'person'): TagRef => ({ id, name: id, kind });
  const refs = new Map(['star', 'other', 'old', 'show'].map((id) => [id, ref(id)]));
  const story = (slug: string, date: string, ...tags: TagRef[]) => ({ slug, date, tags });
  const corpus = (stories: ReturnType<typeof story>[], groups: string[][]) =>
    ({
      articles: stories,
      events: groups.map((slugs) => ({ id: slugs[0]!, slugs, joins: [] })),
    }) as unknown as Corpus;

  it('counts an event told five times once, and trends a tag from two events', () => {
    const copies = ['a', 'b', 'c', 'd', 'e'].map((s) =>
      story(s, '2026-12-01T09:00:00Z', ref('other')),
    );
    const result = trendingTags(
      corpus(
        [
          ...copies,
          story('x', '2026-12-02T09:00:00Z', ref('star')),
          story('y', '2026-12-03T09:00:00Z', ref('star')),
        ],
        [['a', 'b', 'c', 'd', 'e'], ['x'], ['y']],
      ),
      refs,
    );
    // "other" has one event (five reports): news, not a trend.
    expect(result.map((t) => [t.id, t.events])).toEqual([['star', 2]]);
  });

  it('counts only the 7 days before the newest story, and no song or network', () => {
    const result = trendingTags(
      corpus(
        [
          story('new', '2026-12-07T09:00:00Z', ref('star'), ref('net', 'org')),
          story('new-2', '2026-12-06T09:00:00Z', ref('star'), ref('net', 'org')),
          story('old', '2026-11-29T09:00:00Z', ref('old')),
          story('old-2', '2026-11-28T09:00:00Z', ref('old')),
        ],
        [['new'], ['new-2'], ['old'], ['old-2']],
      ),
      refs,
    );
    expect(result.map((t) => t.id)).toEqual(['star']);
  });
});
