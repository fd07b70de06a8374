// The entities the tagger knows, in three layers: kpopnet.json (girl groups and their
// idols), the curated files in knowledge/curated/, and the editor's seeds/entities.json.
// A later layer wins field by field over an earlier one with the same id and keeps its
// spellings as aliases; an editor can also merge built-in entities into one of theirs
// ("replaces") or turn them off ("silence"). Every relation must point at a known id, and
// none may loop; what the editor's names share with others follows decision 0014.
import type { Problem } from '../problems.ts';
import { parseRegistry, relationTargets, type RegistryFile } from '../validate/registry.ts';
import type { Entity } from '../validate/schema.ts';
import { RELATION_KEYS } from '../../contract/relations.ts';
import { kpopnetEntities, type KpopnetProfiles } from './kpopnet.ts';
import { nameKey } from '../names/names.ts';
import { parseKoreanName } from '../names/korean-names.ts';
import { editorClaimProblems } from './editor-claims.ts';
import { relationLoops } from './relation-loops.ts';
import { sharedNames, type SharedName } from './shared-names.ts';

export interface SourceText {
  path: string;
  text: string;
}

export interface KnowledgeInput {
  kpopnet?: KpopnetProfiles;
  curated: SourceText[];
}

export interface Origin {
  file: string;
  line: number;
}

export interface Knowledge {
  entities: Entity[];
  /**
   * Per entity, the legal names only open data gives: actors and others share them, so
   * they tag the idol only with context. A name a curated file or an editor lists is not here.
   */
  openDataNames: Map<string, Set<string>>;
  /** Where each entity was last defined, for messages. */
  origin: Map<string, Origin>;
  ignore: string[];
  /** Spellings the editor's registry shares with built-in entities, for content:check. */
  sharedNames: SharedName[];
  /** Name key -> the editor's entity it tags when the story's context picks none (0014). */
  preferred: Map<string, string>;
}

export type KnowledgeResult =
  { ok: true; knowledge: Knowledge } | { ok: false; problems: Problem[] };

const KPOPNET_FILE = 'node_modules/kpopnet.json/kpopnet.json';

const mergeInto = (base: Entity, over: Entity): Entity => {
  const aliases = [
    ...new Set([...(over.aliases ?? []), base.name, ...(base.aliases ?? [])]),
  ].filter((a) => a !== over.name);
  return { ...base, ...over, ...(aliases.length ? { aliases } : {}) };
};

/** Applies an editor's "replaces": the replaced entities' names join theirs, links follow. */
const applyReplaces = (entities: Map<string, Entity>, editor: Entity[]) => {
  const redirect = new Map<string, string>();
  for (const e of editor) {
    for (const old of e.replaces ?? []) {
      const replaced = entities.get(old);
      if (!replaced || old === e.id) continue;
      entities.set(e.id, mergeInto(replaced, entities.get(e.id)!));
      entities.delete(old);
      redirect.set(old, e.id);
    }
  }
  if (!redirect.size) return;
  for (const [id, e] of entities) {
    const moved = Object.fromEntries(
      RELATION_KEYS.flatMap((key) => {
        const value = e[key];
        if (value === undefined) return [];
        const fix = (v: string) => redirect.get(v) ?? v;
        return [[key, Array.isArray(value) ? [...new Set(value.map(fix))] : fix(value)]];
      }),
    );
    entities.set(id, { ...e, ...moved });
  }
};

export const buildKnowledge = (input: KnowledgeInput, editorFile: SourceText): KnowledgeResult => {
  const problems: Problem[] = [];
  const files: RegistryFile[] = [];
  for (const source of [...input.curated, editorFile]) {
    const parsed = parseRegistry(source.path, source.text);
    if (parsed.ok) files.push(parsed.file);
    else problems.push(...parsed.problems);
  }
  if (problems.length) return { ok: false, problems };
  const editor = files.at(-1)!;
  const curated = files.slice(0, -1);

  const entities = new Map<string, Entity>();
  const origin = new Map<string, Origin>();
  const orgIds = new Map<string, string>();
  for (const f of curated)
    for (const e of f.registry.entities)
      if (e.kind === 'org')
        for (const n of [e.name, ...(e.aliases ?? [])]) orgIds.set(nameKey(n), e.id);
  const openDataNames = new Map<string, Set<string>>();
  if (input.kpopnet) {
    for (const e of kpopnetEntities(input.kpopnet, (n) => orgIds.get(nameKey(n)))) {
      entities.set(e.id, e);
      origin.set(e.id, { file: KPOPNET_FILE, line: 1 });
      const legal = (e.aliases ?? []).filter((a) => a !== e.name && parseKoreanName(a));
      if (legal.length) openDataNames.set(e.id, new Set(legal));
    }
  }
  const listedBy = (e: Entity) => {
    const names = openDataNames.get(e.id);
    if (names) for (const n of [e.name, ...(e.aliases ?? [])]) names.delete(n);
  };
  // Curated files may refine kpopnet entities, but never define one id twice.
  const curatedAt = new Map<string, Origin>();
  for (const f of curated) {
    f.registry.entities.forEach((e, i) => {
      const here = { file: f.path, line: f.lines[i] ?? 1 };
      const first = curatedAt.get(e.id);
      if (first) {
        problems.push({
          ...here,
          message: `entity id "${e.id}" is already defined at ${first.file}:${first.line}`,
        });
        return;
      }
      curatedAt.set(e.id, here);
      listedBy(e);
      const base = entities.get(e.id);
      entities.set(e.id, base ? mergeInto(base, e) : e);
      origin.set(e.id, here);
    });
  }
  problems.push(...editorClaimProblems(editor, new Set(entities.keys())));
  editor.registry.entities.forEach((e, i) => {
    listedBy(e);
    const base = entities.get(e.id);
    entities.set(e.id, base ? mergeInto(base, e) : e);
    origin.set(e.id, { file: editor.path, line: editor.lines[i] ?? 1 });
  });
  applyReplaces(entities, editor.registry.entities);
  const silenced = new Set(editor.registry.silence ?? []);
  for (const id of silenced) entities.delete(id);
  if (silenced.size) {
    // Links to a silenced entity go with it.
    for (const [id, e] of entities) {
      const kept = Object.fromEntries(
        RELATION_KEYS.flatMap((key): [string, unknown][] => {
          const value = e[key];
          if (value === undefined) return [];
          if (Array.isArray(value)) return [[key, value.filter((v) => !silenced.has(v))]];
          return silenced.has(value) ? [[key, undefined]] : [[key, value]];
        }),
      );
      entities.set(id, { ...e, ...kept });
    }
  }

  for (const [id, e] of entities) {
    for (const target of relationTargets(e)) {
      if (!entities.has(target)) {
        const at = origin.get(id)!;
        problems.push({ ...at, message: `entity "${id}" relates to unknown entity "${target}"` });
      }
    }
  }
  problems.push(...relationLoops(entities, origin));
  const shared = sharedNames(editor, entities, origin);
  problems.push(...shared.problems);
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    knowledge: {
      entities: [...entities.values()],
      origin,
      openDataNames,
      ignore: editor.registry.ignore ?? [],
      sharedNames: shared.shared,
      preferred: shared.preferred,
    },
  };
};
