// Turns the corpus into the JSON files the app fetches (layout: src/config/data-paths.ts).
// Lists are split by page and by tag so no view needs more than one page of summaries.
import { compareText } from '../compare.ts';
import type {
  ArticleDetail,
  SiteInfo,
  SummaryPage,
  TagCount,
  TagDetail,
  TagDirectory,
  TagFacets,
  TagOrdinals,
} from '../model.ts';
import { PAGE_SIZE, dataPaths } from '../../config/data-paths.ts';
import type { Corpus } from '../pipeline.ts';
import { ordinalsByTag, relatedArticles } from './related.ts';
import { castRoles } from './roles.ts';
import { nameVariants } from '../tag/names.ts';
import { buildLinks } from '../tag/relations.ts';
import { cachedStableJson } from './stable-json.ts';
import { emitSiteFiles } from './site-files.ts';
import { searchNameShards, searchNames } from './search-names.ts';
import { summaryOf } from './summarize.ts';

/**
 * Other names worth showing a reader: one spelling of each ("Yoo Seung-jun" and
 * "Yoo Seungjun" are how the tagger matches "Yoo Seung Jun", not news to a reader).
 */
const displayAliases = (name: string, aliases: string[]) => {
  const seen = new Set(nameVariants(name));
  return aliases.filter((alias) => {
    const variants = nameVariants(alias);
    const fresh = !variants.some((v) => seen.has(v));
    for (const v of variants) seen.add(v);
    return fresh;
  });
};

/** path under the output folder (no leading slash) -> file contents */
export type EmittedFiles = Map<string, string>;

const pagesOf = <T>(items: T[]) => {
  const pageCount = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  return Array.from({ length: pageCount }, (_, i) => ({
    page: i + 1,
    pageCount,
    total: items.length,
    pageSize: PAGE_SIZE,
    items: items.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE),
  }));
};

type Put = (files: EmittedFiles, url: string, value: unknown) => void;

export interface EmitOptions {
  /** Public base URL; when given, feeds, sitemap.xml and robots.txt are written too. */
  baseUrl?: string;
}

export const emitData = (corpus: Corpus, options: EmitOptions = {}): EmittedFiles => {
  const files: EmittedFiles = new Map();
  const summarySet = new WeakSet<object>();
  const json = cachedStableJson((value) => summarySet.has(value));
  const put: Put = (into, url, value) => into.set(url.replace(/^\//, ''), json(value));
  const { articles, entities } = corpus;
  const summaries = articles.map(summaryOf);
  for (const s of summaries) summarySet.add(s);
  const byTag = ordinalsByTag(articles);
  const related = relatedArticles(articles, summaries, byTag);

  const site: SiteInfo = {
    total: articles.length,
    pageSize: PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(articles.length / PAGE_SIZE)),
    generatedFrom: corpus.files.length,
  };
  put(files, dataPaths.site(), site);
  for (const page of pagesOf(summaries))
    put(files, dataPaths.page(page.page), page satisfies SummaryPage);

  articles.forEach((a, i) => {
    const link = (o: number) =>
      articles[o] ? { slug: articles[o].slug, title: articles[o].title } : null;
    const detail: ArticleDetail = {
      ...summaries[i]!,
      file: a.file,
      line: a.line,
      ...(a.modified ? { modified: a.modified } : {}),
      body: a.body,
      ...(a.source ? { source: a.source } : {}),
      related: related(a),
      previous: link(i - 1),
      next: link(i + 1),
    };
    put(files, dataPaths.article(a.slug), detail);
  });

  // Only tags some story carries get pages; the directory lists them by kind, then name.
  const links = buildLinks(entities);
  const tagged = entities.filter((e) => byTag.has(e.id));
  const ref = new Map(tagged.map((e) => [e.id, { id: e.id, name: e.name, kind: e.kind }]));
  const tags: TagCount[] = tagged
    .map((e) => ({ ...ref.get(e.id)!, count: byTag.get(e.id)!.length }))
    .sort(
      (a, b) =>
        compareText(a.kind, b.kind) || compareText(a.name, b.name) || compareText(a.id, b.id),
    );
  put(files, dataPaths.tagDirectory(), { tags } satisfies TagDirectory);
  const names = searchNames(tags, new Map(tagged.map((e) => [e.id, e])));
  for (const [shard, file] of searchNameShards(names))
    put(files, dataPaths.searchNames(shard), file);
  const roles = castRoles(entities, (id) => ref.has(id));

  for (const e of tagged) {
    const ordinals = byTag.get(e.id)!;
    const related = (links.get(e.id) ?? []).flatMap((l) =>
      ref.has(l.id) ? [{ ...ref.get(l.id)!, relation: l.relation }] : [],
    );
    const info: TagDetail = {
      ...ref.get(e.id)!,
      count: ordinals.length,
      aliases: displayAliases(e.name, e.aliases ?? []),
      related,
      discovered: e.discovered,
      ...(roles.has(e.id) ? { roles: roles.get(e.id) } : {}),
    };
    put(files, dataPaths.tagInfo(e.id), info);
    put(files, dataPaths.tagOrdinals(e.id), { ordinals } satisfies TagOrdinals);
    const others = ordinals.map((o) =>
      articles[o]!.tags.flatMap((t) => (t.id === e.id ? [] : t.id)),
    );
    const facetTags = [...new Set(others.flat())].sort(compareText);
    const position = new Map(facetTags.map((id, i) => [id, i]));
    const stories = others.map((ids) => ids.map((id) => position.get(id)!));
    put(files, dataPaths.tagFacets(e.id), { tags: facetTags, stories } satisfies TagFacets);
    for (const page of pagesOf(ordinals.map((o) => summaries[o]!)))
      put(files, dataPaths.tagPage(e.id, page.page), page);
  }
  if (options.baseUrl !== undefined) {
    for (const [path, body] of emitSiteFiles({
      baseUrl: options.baseUrl,
      summaries,
      stories: articles,
      tags,
      byTag,
    }))
      files.set(path, body);
  }
  return files;
};
