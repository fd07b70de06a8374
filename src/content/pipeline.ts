// The whole content pipeline as one pure function: seed bytes and registry text in,
// a tagged corpus (or every problem found) out. No file system here: see the edges in
// vite-plugin.ts and scripts/content-check.ts.
import type { Block, TagRef } from './model.ts';
import { compareText } from './compare.ts';
import { decodeSeed } from './read/decode.ts';
import { parseSeedText, type ParsedArticle } from './read/parse.ts';
import { articleSlug } from './permalink.ts';
import { byPosition, type Problem } from './validate/problems.ts';
import { buildKnowledge, type KnowledgeInput } from './knowledge/build-knowledge.ts';
import { validateArticle } from './validate/schema.ts';
import {
  tagCorpus,
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
}

export interface PipelineInput {
  seeds: SeedInput[];
  registry: { path: string; text: string };
  /** Built-in entities (kpopnet.json, curated files); without it, only the registry. */
  knowledge?: KnowledgeInput;
}

export interface Article {
  ordinal: number;
  slug: string;
  file: string;
  line: number;
  title: string;
  body: Block[];
  /** Seed line where each body block starts. */
  blockLines: number[];
  tags: TagRef[];
  /** Where each tag is named in the article (for editors and the tag scorer, not emitted). */
  mentions: Mention[];
}

export interface Corpus {
  files: string[];
  articles: Article[];
  entities: TaggedEntity[];
  discovered: DiscoveredName[];
  aliasSuggestions: AliasSuggestion[];
  /** Discovered names merged across spellings by romanization key. */
  merges: SpellingMerge[];
  /** Known entities matched by romanization key rather than as written. */
  keyMatches: KeyMatch[];
}

export type PipelineResult = { ok: true; corpus: Corpus } | { ok: false; problems: Problem[] };

const bySeedName = (a: SeedInput, b: SeedInput) => compareText(a.path, b.path);

const slugsFor = (articles: ParsedArticle[]) => {
  const seen = new Map<string, number>();
  return articles.map((a) => {
    const key = `${a.file}\n${a.title}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return articleSlug(a.title, a.file, occurrence);
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

export const runPipeline = ({ seeds, registry, knowledge }: PipelineInput): PipelineResult => {
  const problems: Problem[] = [];
  const registryResult = buildKnowledge(knowledge ?? { curated: [] }, registry);
  if (!registryResult.ok) problems.push(...registryResult.problems);

  const parsed: ParsedArticle[] = [];
  const files = [...seeds].sort(bySeedName);
  for (const seed of files) {
    const decoded = decodeSeed(seed.path, seed.bytes);
    if (!decoded.ok) {
      problems.push(decoded.problem);
      continue;
    }
    for (const article of parseSeedText(seed.path, decoded.text)) {
      const articleProblems = validateArticle(article);
      problems.push(...articleProblems);
      if (!articleProblems.length) parsed.push(article);
    }
  }
  const slugs = slugsFor(parsed);
  problems.push(...duplicateSlugProblems(parsed, slugs));
  if (problems.length || !registryResult.ok)
    return { ok: false, problems: problems.sort(byPosition) };

  const tagged = tagCorpus(parsed, registryResult.knowledge);
  const refs = new Map(
    tagged.entities.map((e) => [e.id, { id: e.id, name: e.name, kind: e.kind }]),
  );
  const articles = parsed.map((a, i) => ({
    ordinal: i,
    slug: slugs[i]!,
    file: a.file,
    line: a.line,
    title: a.title,
    body: a.body,
    blockLines: a.blockLines,
    tags: tagged.articleTags[i]!.map((id) => refs.get(id)!),
    mentions: tagged.mentions[i]!,
  }));
  return {
    ok: true,
    corpus: {
      files: files.map((f) => f.path),
      articles,
      entities: tagged.entities,
      discovered: tagged.discovered,
      aliasSuggestions: tagged.aliasSuggestions,
      merges: tagged.merges,
      keyMatches: tagged.keyMatches,
    },
  };
};
