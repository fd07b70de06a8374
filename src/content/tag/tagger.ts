// Tags every article of the corpus with entities: registry names first, then names the
// discovery rules find, merged across the corpus so one name is one tag everywhere.
import { compareText } from '../compare.ts';
import type { TagKind } from '../model.ts';
import type { ParsedArticle } from '../read/parse.ts';
import type { Entity } from '../validate/schema.ts';
import type { Knowledge } from '../knowledge/build-knowledge.ts';
import { bodyLines } from '../read/article-lines.ts';
import { discoverNames, type Discovery, type TextLine } from './discover.ts';
import {
  createNameIndex,
  findNames,
  lookupName,
  nameKey,
  tokenize,
  type NameIndex,
  type Token,
} from './names.ts';
import { buildLinks } from './relations.ts';
import { resolveMentions } from './resolve.ts';
import { slugify } from '../permalink.ts';

export interface TaggedEntity extends Entity {
  discovered: boolean;
}

export interface Occurrence {
  file: string;
  line: number;
  rule: Discovery['rule'];
}

/** What the check command shows an editor: names to add to the registry. */
export interface DiscoveredName {
  id: string;
  name: string;
  kind: TagKind;
  aliases: string[];
  occurrences: Occurrence[];
}

export interface AliasSuggestion {
  entityId: string;
  alias: string;
  file: string;
  line: number;
}

export interface TaggedCorpus {
  entities: TaggedEntity[];
  /** Per article, its tag ids in display order. */
  articleTags: string[][];
  discovered: DiscoveredName[];
  aliasSuggestions: AliasSuggestion[];
}

const KIND_ORDER: TagKind[] = ['show', 'group', 'person', 'song', 'album', 'character', 'org'];

interface Draft {
  key: string;
  name: string;
  votes: Map<TagKind, number>;
  aliases: Set<string>;
  playedBy?: string;
  occurrences: Occurrence[];
  articles: Map<number, number>;
}

const linesOf = (a: ParsedArticle): TextLine[] => [
  { line: a.line, text: a.title },
  ...bodyLines(a),
];

const POSITION_PER_LINE = 100_000;

const matchAll = <T>(index: NameIndex<T>, lines: Token[][]): { values: T[]; position: number }[] =>
  lines.flatMap((tokens, i) =>
    findNames(index, tokens).map((m) => ({
      values: m.values,
      position: i * POSITION_PER_LINE + m.start,
    })),
  );

const topKind = (votes: Map<TagKind, number>) =>
  [...votes].sort(
    (a, b) => b[1] - a[1] || KIND_ORDER.indexOf(a[0]) - KIND_ORDER.indexOf(b[0]),
  )[0]![0];

const uniqueId = (name: string, kind: TagKind, taken: Set<string>) => {
  const base = slugify(name, 60) || kind;
  let id = taken.has(base) ? `${base}-${kind}` : base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${kind}-${n}`;
  taken.add(id);
  return id;
};

export const tagCorpus = (articles: ParsedArticle[], registry: Knowledge): TaggedCorpus => {
  const byId = new Map(registry.entities.map((e) => [e.id, e]));
  const index = createNameIndex(
    registry.entities.flatMap((e) =>
      [e.name, ...(e.aliases ?? [])].map((n) => [n, e.id] as [string, string]),
    ),
  );
  const ignored = new Set((registry.ignore ?? []).map(nameKey));
  const links = buildLinks(registry.entities);
  const resolveContext = {
    needsContext: (id: string) =>
      !!byId.get(id)?.needsContext || byId.get(id)?.kind === 'character',
    links: (id: string) => links.get(id) ?? [],
  };
  const kindOf = (name: string) => {
    const ids = lookupName(index, name);
    return ids?.length ? byId.get(ids[0]!)?.kind : undefined;
  };

  const drafts = new Map<string, Draft>();
  const aliasSuggestions: AliasSuggestion[] = [];
  // Each line is tokenized once and matched twice: against the registry, then against discovered names.
  const linesByArticle = articles.map(linesOf);
  const tokensByArticle = linesByArticle.map((lines) => lines.map((l) => tokenize(l.text)));
  const registryTags = articles.map((a, ai) => {
    const lines = linesByArticle[ai]!;
    const found = resolveMentions(matchAll(index, tokensByArticle[ai]!), resolveContext);
    const aboutShow = [...found.keys()].some((id) => byId.get(id)?.kind === 'show');
    for (const d of discoverNames(lines[0]!, lines.slice(1), { kindOf, aboutShow })) {
      const key = nameKey(d.name);
      if (!key || ignored.has(key)) continue;
      const known = lookupName(index, d.name) ?? (d.alias ? lookupName(index, d.alias) : undefined);
      if (known) {
        const other = lookupName(index, d.name) ? d.alias : d.name;
        if (other && !lookupName(index, other) && known.length === 1) {
          aliasSuggestions.push({ entityId: known[0]!, alias: other, file: a.file, line: d.line });
        }
        continue;
      }
      const draft: Draft = drafts.get(key) ?? {
        key,
        name: d.name,
        votes: new Map(),
        aliases: new Set(),
        occurrences: [],
        articles: new Map(),
      };
      draft.votes.set(d.kind, (draft.votes.get(d.kind) ?? 0) + 1);
      if (d.alias && !lookupName(index, d.alias)) draft.aliases.add(d.alias);
      if (d.playedBy) draft.playedBy = d.playedBy;
      // Two rules may find the same name on one line (a quoted title in a headline).
      const last = draft.occurrences.at(-1);
      if (last?.file !== a.file || last.line !== d.line)
        draft.occurrences.push({ file: a.file, line: d.line, rule: d.rule });
      const lineIndex = lines.findIndex((l) => l.line === d.line);
      if (!draft.articles.has(ai))
        draft.articles.set(ai, Math.max(0, lineIndex) * POSITION_PER_LINE);
      drafts.set(key, draft);
    }
    return found;
  });

  const taken = new Set(registry.entities.map((e) => e.id));
  const discoveredEntities = [...drafts.values()].map((d) => ({
    draft: d,
    entity: { id: uniqueId(d.name, topKind(d.votes), taken), name: d.name, kind: topKind(d.votes) },
  }));
  const idOfKey = new Map(discoveredEntities.map(({ draft, entity }) => [draft.key, entity.id]));
  const entities: TaggedEntity[] = [
    ...registry.entities.map((e) => ({ ...e, discovered: false })),
    ...discoveredEntities.map(({ draft, entity }) => {
      const playedBy = draft.playedBy
        ? (idOfKey.get(nameKey(draft.playedBy)) ?? lookupName(index, draft.playedBy)?.[0])
        : undefined;
      const aliases = [...draft.aliases].sort();
      return {
        ...entity,
        ...(aliases.length ? { aliases } : {}),
        ...(playedBy ? { playedBy } : {}),
        discovered: true,
      };
    }),
  ];

  // Names of two words or more found once are tagged wherever they appear; a one-word
  // name is too easily a common word, so it tags only the stories it was found in.
  const discoveredIndex = createNameIndex(
    discoveredEntities.flatMap(({ draft, entity }) =>
      [draft.name, ...draft.aliases].map((n) => [n, entity.id] as [string, string]),
    ),
  );
  const oneWord = new Set(
    discoveredEntities
      .filter(({ draft }) => !draft.key.includes(' '))
      .map(({ entity }) => entity.id),
  );
  // Per article, the discovered entities found in it, so tagging is not articles × names.
  const discoveredIn: Map<string, number>[] = articles.map(() => new Map());
  for (const { draft, entity } of discoveredEntities) {
    for (const [ai, position] of draft.articles) discoveredIn[ai]!.set(entity.id, position);
  }
  // Registry entities first, then discovered ones (not yet reviewed by an editor), each by kind.
  const kindRank = new Map(
    entities.map((e) => [
      e.id,
      KIND_ORDER.indexOf(e.kind) + (e.discovered ? KIND_ORDER.length : 0),
    ]),
  );
  const kindOfId = (id: string) => kindRank.get(id) ?? 2 * KIND_ORDER.length;
  const articleTags = articles.map((a, ai) => {
    const found = new Map(registryTags[ai]);
    const here = discoveredIn[ai]!;
    for (const m of matchAll(discoveredIndex, tokensByArticle[ai]!)) {
      for (const id of m.values) {
        if (!found.has(id) && (here.has(id) || !oneWord.has(id))) found.set(id, m.position);
      }
    }
    for (const [id, position] of here) if (!found.has(id)) found.set(id, position);
    return [...found]
      .sort((x, y) => kindOfId(x[0]) - kindOfId(y[0]) || x[1] - y[1])
      .map(([id]) => id);
  });

  const discovered = discoveredEntities
    .map(({ draft, entity }) => ({
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      aliases: [...draft.aliases].sort(),
      occurrences: draft.occurrences,
    }))
    .sort((a, b) => compareText(a.kind, b.kind) || compareText(a.name, b.name));
  return { entities, articleTags, discovered, aliasSuggestions };
};
