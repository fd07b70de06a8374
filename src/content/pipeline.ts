// The whole content pipeline as one pure function: seed bytes and registry text in,
// a tagged corpus (or every problem found) out. No file system here: see the edges in
// vite-plugin.ts and scripts/content-check.ts.
import type { NearMiss } from './tag/key-merge.ts';
import type { Block, TagRef } from '../contract/model.ts';
import { compareText } from './compare.ts';
import { decodeSeed } from './read/decode.ts';
import { registrySource, type RegistryInput } from './knowledge/registry-input.ts';
import { parseSeedText, type ParsedArticle } from './read/parse.ts';
import { articleSlug } from './permalink.ts';
import { isoFromTime, newestFirst } from './read/dates.ts';
import { stripBidiControls } from './read/visible.ts';
import { factsOf, rememberFacts, type BodyFacts } from './read/body-facts.ts';
import { byPosition, type Problem } from './problems.ts';
import { articleDate, type ArticleDate, type SeedDate } from './validate/article-date.ts';
import {
  buildKnowledge,
  type KnowledgeInput,
  type KnowledgeResult,
} from './knowledge/build-knowledge.ts';
import type { SharedName } from './knowledge/shared-names.ts';
import { validateArticle } from './validate/schema.ts';
import { duplicateStoryProblems, storyKey } from './validate/duplicates.ts';
import { hashOf } from '../build/build-manifest.ts';
import { emptyMemo, memoRun, type RunMemo } from './run-memo.ts';
import { clusterEvents } from './events/cluster.ts';
import { parseOverrides, resolveOverrides, type OverridesInput } from './events/overrides-file.ts';
import type { StoryEvent } from './events/types.ts';
import type { StoryFeatures } from './events/story-features.ts';
import {
  articleKey,
  emptyTagMemo,
  tagCorpus,
  type TagMemo,
  type AliasSuggestion,
  type DiscoveredName,
  type KeyMatch,
  type Mention,
  type SpellingMerge,
  type TaggedEntity,
} from './tag/tagger.ts';

export interface SeedInput {
  /** Path relative to the project root, e.g. seeds/000_x.txt. */
  path: string;
  bytes: Uint8Array;
  /** When the file entered the project (read at the edge: load-seeds.ts). */
  date?: SeedDate;
}

export type { SeedDate };

/** The date of a seed that comes with none (tests, tools): the epoch, and provisional. */
const NO_DATE: SeedDate = { added: isoFromTime(0), provisional: true };

export interface PipelineInput {
  seeds: SeedInput[];
  registry: RegistryInput;
  /** seeds/events.json, the editor's event overrides; absent, none. */
  events?: OverridesInput;
  /** Built-in entities (kpopnet.json, curated files); without it, only the registry. */
  knowledge?: KnowledgeInput;
  /**
   * The build's clock (ms since the epoch), read at the edge: dates more than a day after it
   * are warned about. Without it nothing is compared with a clock, so output is repeatable.
   */
  now?: number;
  /** Problems the edge met while reading the seeds folder (a link that points nowhere). */
  readProblems?: Problem[];
  /** What the last run of the same caller can lend this one (the dev server keeps one). */
  memo?: PipelineMemo;
}

interface SeedSlug {
  slug: string;
  occurrence: number;
}

/** A seed file read: decoded, bidi controls stripped, its articles parsed. */
type SeedRead =
  | { ok: false; problem: Problem }
  | {
      ok: true;
      stripped: ReturnType<typeof stripBidiControls>['stripped'];
      articles: ParsedArticle[];
      /** Each article's schema problems: they depend on the article alone, so are kept with it. */
      invalid: Problem[][];
      /** A hash of each article's storyKey (duplicates.ts): its title and text, spacing aside. */
      storyKeys: string[];
      /**
       * A hash of each article as parsed (what the tagger's memo is keyed by) and its body's
       * facts (read/body-facts.ts): made once a seed file, not every run.
       */
      articleKeys: string[];
      bodies: BodyFacts[];
      /**
       * Each article's slug if every article of the file is published: `occurrence` counts
       * the file's earlier articles of its title, valid or not (slugsFor counts valid ones).
       */
      slugs: SeedSlug[];
    };

/** Per seed file and per story, what a run reuses from the last (run-memo.ts). */
export interface PipelineMemo {
  seeds: RunMemo<SeedRead>;
  tags: TagMemo;
  /** Each story's features for the event clusterer (events/story-features.ts). */
  events: RunMemo<StoryFeatures>;
  /** The knowledge built, by what it is built from (knowledgeKey): one entry. */
  knowledge: RunMemo<KnowledgeResult>;
}

export const emptyPipelineMemo = (): PipelineMemo => ({
  seeds: emptyMemo(),
  tags: emptyTagMemo(),
  events: emptyMemo(),
  knowledge: emptyMemo(),
});

/**
 * Everything buildKnowledge reads, through registrySource: the registry's path (in messages and
 * origins), its bytes or their absence, why it could not be read, and the built-in knowledge.
 */
const knowledgeKey = (registry: RegistryInput, knowledge: KnowledgeInput | undefined) =>
  hashOf(
    registry.path,
    registry.bytes ? 'file' : 'no file',
    registry.bytes ?? '',
    registry.unreadable ?? '',
    JSON.stringify(knowledge ?? null),
  );

const readSeed = (seed: SeedInput): SeedRead => {
  const decoded = decodeSeed(seed.path, seed.bytes);
  if (!decoded.ok) return decoded;
  const { text, stripped } = stripBidiControls(decoded.text);
  const articles = parseSeedText(seed.path, text);
  return {
    ok: true,
    stripped,
    articles,
    invalid: articles.map(validateArticle),
    storyKeys: articles.map((a) => hashOf(storyKey(a))),
    articleKeys: articles.map(articleKey),
    bodies: articles.map((a) => factsOf(a.body)),
    slugs: slugsFor(articles),
  };
};

export interface Article {
  /** Position in every list: newest first, then seed file order, then order in the file. */
  ordinal: number;
  /** ISO 8601 publication date: the article's `Date:` line, else its file's date. */
  date: string;
  /** ISO 8601: when the story's file last changed, if later than `date`. */
  modified?: string;
  slug: string;
  file: string;
  line: number;
  title: string;
  body: Block[];
  /** Who the story credits ("Soompi, Yonhap"), from its "Source:" trailer. */
  source?: string;
  /** Seed line where each body block starts. */
  blockLines: number[];
  tags: TagRef[];
  /** Where each tag is named in the article (for editors and the tag scorer, not emitted). */
  mentions: Mention[];
}

export interface Corpus {
  files: string[];
  /** Files whose articles take the modification time as their date (no git history yet). */
  provisional: string[];
  /** How many stories take a provisional date: no `Date:` line, in a file git does not know. */
  provisionalStories: number;
  /** Not errors, but worth an editor's look: each names the seed file and line. */
  warnings: Problem[];
  articles: Article[];
  entities: TaggedEntity[];
  discovered: DiscoveredName[];
  aliasSuggestions: AliasSuggestion[];
  /** Discovered names merged across spellings by romanization key. */
  merges: SpellingMerge[];
  /** Known entities matched by romanization key rather than as written. */
  keyMatches: KeyMatch[];
  nearMisses: NearMiss[];
  /** Spellings the editor's registry shares with built-in entities (decision 0014). */
  sharedNames: SharedName[];
  /** Which stories report the same event: every story in exactly one (events/cluster.ts). */
  events: StoryEvent[];
}

export type PipelineResult = { ok: true; corpus: Corpus } | { ok: false; problems: Problem[] };

const bySeedName = (a: SeedInput, b: SeedInput) => compareText(a.path, b.path);

/** Each article's slug: `made`, parallel to `articles`, holds ones made before, if any. */
const slugsFor = (articles: ParsedArticle[], made: SeedSlug[] = []) => {
  const seen = new Map<string, number>();
  return articles.map((a, i) => {
    const key = `${a.file}\n${a.title}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    // articleSlug reads the title, the file and the occurrence alone.
    const before = made[i];
    const slug =
      before?.occurrence === occurrence ? before.slug : articleSlug(a.title, a.file, occurrence);
    return { slug, occurrence };
  });
};

const duplicateSlugProblems = (articles: ParsedArticle[], slugs: string[]): Problem[] => {
  const first = new Map<string, ParsedArticle>();
  return articles.flatMap((a, i) => {
    const other = first.get(slugs[i]!);
    if (!other) {
      first.set(slugs[i]!, a);
      return [];
    }
    return [
      {
        file: a.file,
        line: a.line,
        message: `permalink /articles/${slugs[i]} is already used by ${other.file}:${other.line}`,
      },
    ];
  });
};

export const runPipeline = ({
  seeds,
  registry,
  events,
  knowledge,
  now,
  readProblems = [],
  memo,
}: PipelineInput): PipelineResult => {
  const problems: Problem[] = [...readProblems];
  const warnings: Problem[] = [];
  const knowing = memoRun(memo?.knowledge, '');
  const knowledgeScope = memo ? knowledgeKey(registry, knowledge) : '';
  const registryResult = knowing.get(knowledgeScope, (): KnowledgeResult => {
    const source = registrySource(registry);
    return source.ok
      ? buildKnowledge(knowledge ?? { curated: [] }, source.source)
      : { ok: false, problems: [source.problem] };
  });
  knowing.done();
  if (!registryResult.ok) problems.push(...registryResult.problems);
  const overridesFile = events && parseOverrides(events);
  if (overridesFile && !overridesFile.ok) problems.push(...overridesFile.problems);

  const parsed: ParsedArticle[] = [];
  /** Parallel to `parsed`: the hash of each story's storyKey, its slug as its file's read made it. */
  const storyKeys: string[] = [];
  const articleKeys: string[] = [];
  const fileSlugs: SeedSlug[] = [];
  const dates: ArticleDate[] = [];
  const provisional = new Set<string>();
  /** Parallel to `parsed`: the story's date is its file's provisional one (events need it). */
  const undated: boolean[] = [];
  let provisionalStories = 0;
  const files = [...seeds].sort(bySeedName);
  const reading = memoRun(memo?.seeds, '');
  for (const seed of files) {
    const read = reading.get(hashOf(seed.path, seed.bytes), () => readSeed(seed));
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    for (const { line, controls } of read.stripped) {
      const message = `removed bidirectional control characters (${controls}): they would show the text in another order than written`;
      warnings.push({ file: seed.path, line, message });
    }
    for (const [i, article] of read.articles.entries()) {
      const articleProblems = [...read.invalid[i]!];
      const dated = articleDate(article, seed.date ?? NO_DATE, now);
      if ('problem' in dated) articleProblems.push(dated.problem);
      problems.push(...articleProblems);
      if ('problem' in dated || articleProblems.length) continue;
      const { warning, ...date } = dated;
      if (warning) warnings.push(warning);
      parsed.push(article);
      storyKeys.push(read.storyKeys[i]!);
      articleKeys.push(read.articleKeys[i]!);
      rememberFacts(article.body, read.bodies[i]!);
      fileSlugs.push(read.slugs[i]!);
      dates.push(date);
      const dateIsProvisional = !article.dateHeader && !!(seed.date ?? NO_DATE).provisional;
      undated.push(dateIsProvisional);
      if (dateIsProvisional) {
        provisional.add(seed.path);
        provisionalStories++;
      }
    }
  }
  reading.done();
  const slugs = slugsFor(parsed, fileSlugs).map((s) => s.slug);
  problems.push(
    ...duplicateSlugProblems(parsed, slugs),
    ...duplicateStoryProblems(parsed, storyKeys),
  );
  const overrides = overridesFile?.ok ? resolveOverrides(overridesFile.file, slugs) : undefined;
  if (overrides && !overrides.ok) problems.push(...overrides.problems);
  if (problems.length || !registryResult.ok)
    return { ok: false, problems: problems.sort(byPosition) };

  // The knowledge is built from what knowledgeScope hashes alone: results read with it are
  // reusable while it is the same.
  const tagged = tagCorpus(
    parsed,
    registryResult.knowledge,
    memo && { memo: memo.tags, scope: knowledgeScope, keys: articleKeys },
  );
  const refs = new Map(
    tagged.entities.map((e) => [e.id, { id: e.id, name: e.name, kind: e.kind }]),
  );
  const articles: Article[] = parsed.map((a, i) => ({
    ordinal: i,
    ...dates[i]!,
    slug: slugs[i]!,
    file: a.file,
    line: a.line,
    title: a.title,
    body: a.body,
    ...(a.source ? { source: a.source } : {}),
    blockLines: a.blockLines,
    tags: tagged.articleTags[i]!.map((id) => refs.get(id)!),
    mentions: tagged.mentions[i]!,
  }));
  // Newest first; the sort is stable, so one date keeps seed order. Tagging above ran in
  // seed order, so a story's tags do not depend on its date.
  articles.sort((a, b) => newestFirst(a.date, b.date) || a.ordinal - b.ordinal);
  // Ordinals count from the oldest story: a new story (usually the newest) leaves every
  // other story's ordinal, and so its data file and page, as they were.
  articles.forEach((a, i) => (a.ordinal = articles.length - 1 - i));
  return {
    ok: true,
    corpus: {
      files: files.map((f) => f.path),
      provisional: [...provisional],
      provisionalStories,
      warnings: warnings.sort(byPosition),
      articles,
      entities: tagged.entities,
      discovered: tagged.discovered,
      aliasSuggestions: tagged.aliasSuggestions,
      merges: tagged.merges,
      keyMatches: tagged.keyMatches,
      nearMisses: tagged.nearMisses,
      sharedNames: registryResult.knowledge.sharedNames,
      events: clusterEvents(articles, {
        undated: new Set(slugs.filter((_, i) => undated[i])),
        ...(overrides?.ok ? { overrides: overrides.overrides } : {}),
        ...(memo ? { memo: memo.events } : {}),
      }),
    },
  };
};
