// Scores the tagger against answer keys written for a corpus of stories: how many of the
// entities a reader would filter by got a tag (must recall), how many named in passing
// did (should recall), entities split over two tags, tags on trap words, and tags no key
// names (junk). Pure: the CLI (scripts/tags-score.ts) and a unit test feed it.
import type { TagKind } from '../../contract/model.ts';
import type { Corpus } from '../pipeline.ts';
import { parseKoreanName } from '../names/korean-names.ts';
import { nameKey } from '../names/names.ts';
import { blockLines } from '../read/text.ts';

export interface KeyEntity {
  name: string;
  kind: TagKind;
  spellings: string[];
}

export interface ArticleKey {
  title: string;
  must: KeyEntity[];
  should: KeyEntity[];
  traps: string[];
}

export interface Score {
  articles: number;
  must: { found: number; total: number };
  should: { found: number; total: number };
  split: string[];
  falseTags: string[];
  junk: string[];
  tags: number;
  missedMust: string[];
  missedShould: string[];
  /** Per tag page: its stories, and how many of them the keys say really name it. */
  pages: TagPage[];
}

export interface TagPage {
  id: string;
  name: string;
  stories: number;
  right: number;
  /** The files of the stories that do not name it. */
  wrong: string[];
}

/** Spellings compare with diacritics, hyphens, spaces and case folded, Korean names by key. */
const matchKeys = (name: string) => {
  const folded = name.normalize('NFKD').replace(/\p{M}/gu, '');
  const keys = [nameKey(folded), nameKey(folded).replace(/ /g, '')];
  const korean = parseKoreanName(folded.replace(/['’]s$/, ''));
  if (korean) keys.push(`k:${korean.key}`);
  return keys;
};

const normTitle = (t: string) =>
  t
    .normalize('NFKC')
    .replace(/[“”"‘’']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export const scoreCorpus = (corpus: Corpus, keys: ArticleKey[]): Score => {
  const entityKeys = new Map(
    corpus.entities.map((e) => [e.id, new Set([e.name, ...(e.aliases ?? [])].flatMap(matchKeys))]),
  );
  const rules = new Map(
    corpus.discovered.map((d) => [d.id, [...new Set(d.occurrences.map((o) => o.rule))].join('+')]),
  );
  const foundBy = (id: string) => (rules.has(id) ? `, found by ${rules.get(id)}` : '');
  const byTitle = new Map(corpus.articles.map((a) => [normTitle(a.title), a]));
  const score: Score = {
    articles: 0,
    must: { found: 0, total: 0 },
    should: { found: 0, total: 0 },
    split: [],
    falseTags: [],
    junk: [],
    tags: 0,
    missedMust: [],
    missedShould: [],
    pages: [],
  };
  const pages = new Map<string, TagPage>();
  const idsOfEntity = new Map<string, Set<string>>();
  for (const key of keys) {
    const article = byTitle.get(normTitle(key.title));
    if (!article) throw new Error(`no article titled "${key.title}" in the corpus`);
    score.articles++;
    const matched = new Set<string>();
    const written = new Map<string, Set<string>>();
    for (const m of article.mentions) {
      const forms = written.get(m.id) ?? new Set<string>();
      forms.add(lineTextOf(article, m.line).slice(m.start, m.end));
      written.set(m.id, forms);
    }
    const check = (
      list: KeyEntity[],
      tally: { found: number; total: number },
      missed: string[],
    ) => {
      for (const k of list) {
        tally.total++;
        const wanted = new Set([k.name, ...k.spellings].flatMap(matchKeys));
        const exact = new Set([k.name, ...k.spellings]);
        // A tag is this entity if one of its names is a spelling of it.
        const loose = article.tags.filter((t) =>
          [...entityKeys.get(t.id)!].some((x) => wanted.has(x)),
        );
        // Of two tags that fold to one spelling, the one the story wrote as the key writes
        // it: J.Y. Park and GOT7's Park Jin-young, the singer "Seora" and the character
        // "Seo-ra" of one story.
        const spelled = loose.filter((t) =>
          [...(written.get(t.id) ?? [])].some((x) => exact.has(x)),
        );
        const hits = loose.length > 1 && spelled.length ? spelled : loose;
        if (hits.length) tally.found++;
        else missed.push(`${article.file}: ${k.name} (${k.kind})`);
        const canonical = `${k.kind}:${k.name}`;
        for (const h of hits) {
          matched.add(h.id);
          idsOfEntity.set(canonical, (idsOfEntity.get(canonical) ?? new Set()).add(h.id));
        }
      }
    };
    check(key.must, score.must, score.missedMust);
    check(key.should, score.should, score.missedShould);
    // A trap is sprung when a tag's mention overlaps one of its occurrences, unless the
    // mention is a longer name that holds it ("Ember Road" holds the trap "Ember").
    const trapped = new Set<string>();
    for (const trap of key.traps) {
      for (const m of article.mentions) {
        const lineText = lineTextOf(article, m.line);
        for (let at = lineText.indexOf(trap); at >= 0; at = lineText.indexOf(trap, at + 1)) {
          const holds = m.start <= at && m.end >= at + trap.length && m.end - m.start > trap.length;
          if (m.start < at + trap.length && m.end > at && !holds)
            trapped.add(`${article.file}: "${trap}" -> ${m.id}`);
        }
      }
    }
    score.falseTags.push(...trapped);
    score.tags += article.tags.length;
    for (const t of article.tags) {
      const page = pages.get(t.id) ?? { id: t.id, name: t.name, stories: 0, right: 0, wrong: [] };
      pages.set(t.id, page);
      page.stories++;
      if (matched.has(t.id)) page.right++;
      else {
        page.wrong.push(article.file);
        score.junk.push(`${article.file}: ${t.name} (${t.kind}, ${t.id}${foundBy(t.id)})`);
      }
    }
  }
  for (const [name, ids] of idsOfEntity)
    if (ids.size > 1) score.split.push(`${name}: ${[...ids].join(', ')}`);
  // Worst first: the pages on which a fan finds someone else's stories.
  score.pages = [...pages.values()].sort(
    (a, b) => a.right / a.stories - b.right / b.stories || b.stories - a.stories,
  );
  return score;
};

/** The text of one seed line of an article (title or body). */
export const lineTextOf = (article: Corpus['articles'][number], line: number) => {
  if (line === article.line) return article.title;
  const lines = new Map<number, string>();
  article.body.forEach((block, i) => {
    blockLines(block).forEach((t, j) => lines.set((article.blockLines[i] ?? article.line) + j, t));
  });
  return lines.get(line) ?? '';
};

export const percent = (n: number, d: number) => (d ? (100 * n) / d : 100);

/** Tag-page precision: the mean over tag pages of the share of their stories that name them. */
export const tagPagePrecision = (pages: TagPage[]) =>
  pages.length
    ? (100 * pages.reduce((sum, p) => sum + p.right / p.stories, 0)) / pages.length
    : 100;
