// Phase 4 of tagging: names the rules found and the knowledge lacks, merged across the
// corpus into one entity per name, however it was spelled: hyphen, space and case fold
// as always, and Korean personal names meet on their romanization key ("Lee Byung-hun",
// "Lee Byeong-heon"). Each merge of different spellings is listed for an editor.
import type { TagKind } from '../../contract/model.ts';
import { TAGGING_ORDER } from '../../contract/kinds.ts';
import { slugify } from '../permalink.ts';
import type { Entity } from '../validate/schema.ts';
import type { ArticleDiscoveries } from './discover.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { givenNameKey } from '../../lib/names/name-keys.ts';
import { parseKoreanName } from '../names/korean-names.ts';
import { stageNameKey } from './stage-name-key.ts';
import { folded, splitUncorroborated } from './key-merge.ts';
import { nameKey, nameVariants } from '../names/names.ts';
import type { Discovery, RuleName } from './rules/rule.ts';

export interface Occurrence {
  file: string;
  line: number;
  rule: RuleName;
}

/** What the check command shows an editor: names to add to the registry. */
export interface DiscoveredName {
  id: string;
  name: string;
  kind: TagKind;
  aliases: string[];
  memberOf: string[];
  occurrences: Occurrence[];
}

export interface SpellingMerge {
  id: string;
  spellings: string[];
  occurrences: Occurrence[];
}

export interface Draft {
  key: string;
  spellings: string[];
  votes: Map<TagKind, number>;
  aliases: Set<string>;
  memberOf: Set<string>;
  playedBy?: string;
  show?: string;
  occurrences: Occurrence[];
  /** Article index -> the discoveries of this name there. */
  articles: Map<number, Discovery[]>;
}

/** The key names merge on: romanization key for Korean personal names, else the name. */
export const mergeKey = (name: string, kind: TagKind) => {
  const korean = (kind === 'person' || kind === 'character') && parseKoreanName(name);
  // Hyphenated parts joined: "Yeon Seo-ha" and "Yeon Seoha" are one name.
  return korean ? `k:${korean.key}` : nameKey(name.replace(/(?<=\p{L})-(?=\p{L})/gu, ''));
};

// The shape rule alone says less than a rule that read the sentence.
const VOTE: Partial<Record<RuleName, number>> = { 'korean-name': 0.4 };

/** Adds one discovery, made in article `ai`, to the draft under `key`. */
const addDiscovery = (
  drafts: Map<string, Draft>,
  key: string,
  d: Discovery,
  ai: number,
  file: string,
) => {
  const draft: Draft = drafts.get(key) ?? {
    key,
    spellings: [],
    votes: new Map(),
    aliases: new Set(),
    memberOf: new Set(),
    occurrences: [],
    articles: new Map(),
  };
  if (!draft.spellings.includes(d.name)) draft.spellings.push(d.name);
  draft.votes.set(d.kind, (draft.votes.get(d.kind) ?? 0) + (VOTE[d.rule] ?? 1));
  if (d.alias) draft.aliases.add(d.alias);
  if (d.memberOf) draft.memberOf.add(d.memberOf);
  if (d.playedBy) draft.playedBy = d.playedBy;
  if (d.show) draft.show ??= d.show;
  const last = draft.occurrences.at(-1);
  if (last?.file !== file || last?.line !== d.line)
    draft.occurrences.push({ file, line: d.line, rule: d.rule });
  draft.articles.set(ai, [...(draft.articles.get(ai) ?? []), d]);
  drafts.set(key, draft);
};

/**
 * `relatives`: per article, the known shows and groups it names, which can corroborate a
 * merge of two spellings by romanization key (key-merge.ts).
 */
export const collectDrafts = (
  found: ArticleDiscoveries[],
  files: string[],
  relatives: ReadonlySet<string>[] = [],
) => {
  const drafts = new Map<string, Draft>();
  found.forEach((a, ai) => {
    for (const d of a.fresh) addDiscovery(drafts, mergeKey(d.name, d.kind), d, ai, files[ai]!);
  });
  const nearMisses = splitUncorroborated(
    drafts,
    relatives,
    (key, d, ai) => addDiscovery(drafts, key, d, ai, files[ai]!),
    files,
  );
  return { drafts: mergeAliases(drafts), nearMisses };
};

const absorb = (into: Draft, from: Draft) => {
  for (const s of from.spellings) if (!into.spellings.includes(s)) into.spellings.push(s);
  for (const [k, v] of from.votes) into.votes.set(k, (into.votes.get(k) ?? 0) + v);
  for (const a of from.aliases) into.aliases.add(a);
  for (const g of from.memberOf) into.memberOf.add(g);
  into.playedBy ??= from.playedBy;
  into.show ??= from.show;
  into.occurrences.push(...from.occurrences);
  for (const [ai, ds] of from.articles)
    into.articles.set(ai, [...(into.articles.get(ai) ?? []), ...ds]);
};

/**
 * Drafts the text says are one: "July Jung, whose real name is Jung Ju-ri" (an alias that
 * is another draft's name), and "Dok-ja" beside "Kim Dok-ja" in one story (a Korean given
 * name alone, where the full name stands).
 */
const mergeAliases = (drafts: Map<string, Draft>) => {
  for (const draft of [...drafts.values()]) {
    if (!drafts.has(draft.key)) continue;
    for (const alias of draft.aliases) {
      for (const kind of ['person', 'character', 'show'] as const) {
        const other = drafts.get(mergeKey(alias, kind));
        if (other && other !== draft) {
          absorb(draft, other);
          drafts.delete(other.key);
        }
      }
    }
  }
  const fullNames = [...drafts.values()].flatMap((d) => {
    const parsed = d.key.startsWith('k:') ? parseKoreanName(d.spellings[0]!) : undefined;
    return parsed ? [{ draft: d, given: parsed.key.split('|')[1]! }] : [];
  });
  for (const draft of [...drafts.values()]) {
    const only = draft.spellings.every((s) => /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(s));
    if (!only) continue;
    const given = givenNameKey(draft.spellings[0]!.split('-'));
    // Only when one full name fits: "Ji-won" beside Kim Ji-won and Park Ji-won is neither.
    const fits = fullNames.filter(
      (f) =>
        f.draft !== draft &&
        f.given === given &&
        [...draft.articles.keys()].every((ai) => f.draft.articles.has(ai)),
    );
    const full = fits.length === 1 ? fits[0] : undefined;
    if (full && drafts.has(full.draft.key)) {
      absorb(full.draft, draft);
      drafts.delete(draft.key);
    }
  }
  mergeStageSpellings(drafts);
  return [...drafts.values()];
};

/**
 * A member's stage name and another romanization of it that one story gives ("leader
 * Gyehun, as some outlets spell his name" beside Kyehoon of KickFlip): one person. The story
 * giving both is the corroboration a key match needs; elsewhere they stay apart.
 */
const mergeStageSpellings = (drafts: Map<string, Draft>) => {
  const members = [...drafts.values()].filter((d) => d.memberOf.size > 0);
  for (const draft of [...drafts.values()]) {
    if (!drafts.has(draft.key) || draft.memberOf.size > 0 || draft.spellings.length !== 1) continue;
    const key = stageNameKey(draft.spellings[0]!);
    if (!key) continue;
    const member = members.find(
      (m) =>
        m !== draft &&
        drafts.has(m.key) &&
        m.spellings.some((s) => stageNameKey(s) === key) &&
        [...draft.articles.keys()].some((ai) => m.articles.has(ai)),
    );
    if (member) {
      absorb(member, draft);
      drafts.delete(draft.key);
    }
  }
};

const topKind = (votes: Map<TagKind, number>) =>
  [...votes].sort(
    (a, b) => b[1] - a[1] || TAGGING_ORDER.indexOf(a[0]) - TAGGING_ORDER.indexOf(b[0]),
  )[0]![0];

/** The spelling to show: a hyphenated Korean name if one was used, else the first. */
const displayName = (spellings: string[]) =>
  spellings.find((s) => parseKoreanName(s) && /\p{L}-\p{L}/u.test(s)) ?? spellings[0]!;

const uniqueId = (name: string, kind: TagKind, taken: Set<string>) => {
  const base = slugify(name, 60) || kind;
  let id = taken.has(base) ? `${base}-${kind}` : base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${kind}-${n}`;
  taken.add(id);
  return id;
};

/** Spellings that differ beyond hyphens, spaces and case. */
const distinctSpellings = (spellings: string[]) => {
  const seen = new Set<string>();
  return spellings.filter((s) => {
    const variants = nameVariants(s);
    const joined = variants.at(-1)!.replace(/ /g, '');
    if (seen.has(joined)) return false;
    seen.add(joined);
    return true;
  });
};

export interface DiscoveredEntity extends Entity {
  draft: Draft;
}

export const draftsToEntities = (drafts: Draft[], index: KnowledgeIndex) => {
  const taken = new Set(index.byId.keys());
  const withIds = drafts.map((draft) => {
    const kind = topKind(draft.votes);
    const name = displayName(draft.spellings);
    return { draft, kind, name, id: uniqueId(name, kind, taken) };
  });
  const idOfKey = new Map(withIds.map((d) => [d.draft.key, d.id]));
  const resolveName = (name: string, kind: TagKind) => {
    const known = index.lookup(name);
    if (known?.length === 1) return known[0];
    const key = mergeKey(name, kind);
    // A spelling kept apart from others of its key (key-merge.ts) has a key of its own.
    return idOfKey.get(`${key}|${folded(name)}`) ?? idOfKey.get(key);
  };
  const entities: DiscoveredEntity[] = withIds.map(({ draft, kind, name, id }) => {
    // A name the knowledge has stays the knowledge's, except a new member's own Hangul name
    // ("Jiyu (지유)"), which the story gives for this person.
    const newMember = draft.occurrences.some((o) => o.rule === 'new-act') && kind === 'person';
    const aliases = [...new Set([...draft.spellings, ...draft.aliases])]
      .filter((a) => a !== name && (!index.lookup(a) || (newMember && /[\uac00-\ud7a3]/.test(a))))
      .sort();
    const memberOf = [...draft.memberOf].flatMap((g) => resolveName(g, 'group') ?? []);
    const playedBy = draft.playedBy ? resolveName(draft.playedBy, 'person') : undefined;
    // A character found in a cast line belongs to the story's show, known or new: the show's
    // page then lists its cast and characters as a known show's does.
    const show = draft.show ? resolveName(draft.show, 'show') : undefined;
    return {
      id,
      name,
      kind,
      ...(aliases.length ? { aliases } : {}),
      ...(memberOf.length && kind === 'person' ? { memberOf: [...new Set(memberOf)] } : {}),
      ...(playedBy && kind === 'character' ? { playedBy } : {}),
      ...(show && kind === 'character' ? { show } : {}),
      draft,
    };
  });
  const merges: SpellingMerge[] = entities
    .filter((e) => e.draft.key.startsWith('k:') && distinctSpellings(e.draft.spellings).length > 1)
    .map((e) => ({
      id: e.id,
      spellings: distinctSpellings(e.draft.spellings),
      occurrences: e.draft.occurrences,
    }));
  return { entities, merges };
};
