// Phase 1 of tagging: the knowledge indexed once for the whole corpus. Names match as
// written (hyphen, space and case folded) and, for Korean personal names, by their
// romanization key, so "Choe Min-sik" finds Choi Min-sik. One-word names that are also
// English words ("Joy", "Signal") and very short ones are marked weak: they tag only
// where the text uses them as names.
import { KIND_RULES } from '../../contract/kinds.ts';
import type { TagKind } from '../../contract/model.ts';
import type { Entity } from '../validate/schema.ts';
import type { Knowledge } from '../knowledge/build-knowledge.ts';
import { isEnglishWord } from './english-words.ts';
import { parseKoreanName } from '../names/korean-names.ts';
import {
  createNameIndex,
  lookupName,
  nameKey,
  nameVariants,
  type NameIndex,
} from '../names/names.ts';
import { buildLinks, type Link } from './relations.ts';
import type { Known } from './rules/rule.ts';
import { CALENDAR as CALENDAR_WORDS } from './lexicon/calendar.ts';

export interface KnowledgeIndex {
  byId: Map<string, Entity>;
  /** Relatives that tell which entity a name means: not networks or agencies. */
  contextLinks: Map<string, Link[]>;
  names: NameIndex<string>;
  /** Romanization key of a Korean personal name -> entity ids. */
  korean: Map<string, string[]>;
  /** Names of single letters ("I.M", "D.O."), as written: "I'm" is not I.M. */
  initialisms: Map<string, Set<string>>;
  /** Romanization keys that tag only with context (open data's legal names). */
  weakKorean: Set<string>;
  /** One-word name keys that are ordinary words: they tag only where used as names. */
  weak: Set<string>;
  /** Longer names of ordinary words: at a sentence start or in a headline they need context. */
  wordy: Set<string>;
  ignored: Set<string>;
  needsContext: (id: string) => boolean;
  /** The editor's entity a name tags when context picks none of those sharing it (0014). */
  preferred: (written: string) => string | undefined;
  known: (name: string) => Known | undefined;
  lookup: (name: string) => string[] | undefined;
  /** Whether the knowledge has this name only as an open-data legal name. */
  contextualName: (name: string) => boolean;
}

/** An initialism as written, without spaces and case: "I.M" -> "i.m". */
export const initialismOf = (written: string) => written.replace(/\s+/g, '').toLowerCase();

const CALENDAR = new Set(CALENDAR_WORDS.map((w) => w.toLowerCase()));

/** Whether a one-word key is an ordinary word (or too short to trust). */
const isWeakKey = (key: string, fromOpenData: boolean) => {
  if (!key || key.includes(' ') || /[\uac00-\ud7a3]/.test(key)) return false;
  if (key.length <= 1 || CALENDAR.has(key) || isEnglishWord(key)) return true;
  // Open data holds hundreds of idols with short stage names: those need their group.
  return fromOpenData && key.length < 4;
};

/** Names made only of ordinary words ("Second Wind"): capitals at a sentence start say nothing. */
const isWordy = (key: string) =>
  key.includes(' ') && key.split(' ').every((w) => isEnglishWord(w) || CALENDAR.has(w));

// A network or an agency relates to hundreds of entities: naming Netflix is no context
// for which "Nevertheless" a story means.
const WEAK_RELATIONS = new Set(['network', 'aired', 'agency', 'artist']);
const contextLinksOf = (knowledge: Knowledge) => {
  const links = buildLinks(knowledge.entities);
  for (const [id, list] of links)
    links.set(
      id,
      list.filter((l) => !WEAK_RELATIONS.has(l.relation)),
    );
  return links;
};

export const indexKnowledge = (knowledge: Knowledge): KnowledgeIndex => {
  const byId = new Map(knowledge.entities.map((e) => [e.id, e]));
  const entries = knowledge.entities.flatMap((e) =>
    [e.name, ...(e.aliases ?? [])].map((n) => [n, e.id] as [string, string]),
  );
  const names = createNameIndex(entries);
  const korean = new Map<string, string[]>();
  const weak = new Set<string>();
  const wordy = new Set<string>();
  const weakKorean = new Set<string>();
  const initialisms = new Map<string, Set<string>>();
  // Keys of Korean names that are some entity's own name (J.Y. Park is Park Jin-young).
  const ownKeys = new Set(
    knowledge.entities.flatMap((e) => {
      const parsed = parseKoreanName(e.name);
      return parsed ? [parsed.key] : [];
    }),
  );
  for (const [name, id] of entries) {
    const parsed = parseKoreanName(name);
    if (parsed) {
      const ids = korean.get(parsed.key) ?? [];
      if (!ids.includes(id)) ids.push(id);
      korean.set(parsed.key, ids);
    }
    const fromOpenData = knowledge.origin.get(id)?.file.includes('kpopnet') ?? false;
    // Open data's legal names are shared by actors and others ("Kim Nam-joo"): such a name
    // tags the idol only with the group (or the stage name) in the story.
    // So are a member's Korean full names beside a stage name ("Choi Han-sol" of Vernon):
    // a trainee or an actor may be called so too.
    const entity = byId.get(id)!;
    const memberLegal =
      !!parsed &&
      name !== entity.name &&
      !ownKeys.has(parsed.key) &&
      !!(entity.memberOf as string[] | undefined)?.length &&
      !parseKoreanName(entity.name);
    const legalName =
      !!parsed && ((knowledge.openDataNames.get(id)?.has(name) ?? false) || memberLegal);
    if (legalName) weakKorean.add(parsed.key);
    const key = nameKey(name);
    if (key.includes(' ') && key.split(' ').every((t) => t.length === 1)) {
      const written = initialisms.get(key) ?? new Set<string>();
      written.add(initialismOf(name));
      initialisms.set(key, written);
    }
    for (const key of nameVariants(name)) {
      if (isWeakKey(key, fromOpenData) || legalName) weak.add(key);
      if (isWordy(key)) wordy.add(key);
    }
  }
  // Rules ask about the same few thousand names again and again: answer each once.
  const lookups = new Map<string, string[] | undefined>();
  const lookup = (name: string) => {
    if (lookups.has(name)) return lookups.get(name);
    const plain = lookupName(names, name);
    const parsed = plain ? undefined : parseKoreanName(name);
    const ids = plain ?? (parsed ? korean.get(parsed.key) : undefined);
    lookups.set(name, ids);
    return ids;
  };
  const knowns = new Map<string, Known | undefined>();
  const known = (name: string) => {
    if (!knowns.has(name)) knowns.set(name, knownOf(name));
    return knowns.get(name);
  };
  const knownOf = (name: string): Known | undefined => {
    const ids = lookup(name);
    if (!ids?.length) return undefined;
    const entities = ids.map((id) => byId.get(id)!);
    const kinds = new Set<TagKind>(entities.map((e) => e.kind));
    const kind =
      kinds.size === 1 ? entities[0]!.kind : entities.find((e) => e.kind !== 'character')?.kind;
    return kind ? { kind, name: entities.length === 1 ? entities[0]!.name : name } : undefined;
  };
  return {
    byId,
    contextLinks: contextLinksOf(knowledge),
    names,
    korean,
    initialisms,
    weakKorean,
    weak,
    wordy,
    ignored: new Set(knowledge.ignore.map(nameKey)),
    needsContext: (id) => {
      const e = byId.get(id);
      return !!e && (!!e.needsContext || KIND_RULES[e.kind].needsContext);
    },
    preferred: (written) => knowledge.preferred.get(nameKey(written)),
    known,
    lookup,
    contextualName: (name) => {
      if (lookupName(names, name) && !weak.has(nameKey(name))) return false;
      const parsed = parseKoreanName(name);
      return !!parsed && weakKorean.has(parsed.key);
    },
  };
};
