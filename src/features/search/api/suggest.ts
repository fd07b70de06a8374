// Entity suggestions: the tags whose name or any alias starts with what the reader typed,
// normalised as the tagger normalises names (src/lib/names/name-keys.ts), so "Rose" finds
// Rosé, "Yu Seung-jun" and "유승준" find Steve Yoo, "Lee Jae Kyu" finds Lee Jae-kyu.
// Pure and synchronous: a few thousand tags answer in well under a millisecond.
import type { SearchName, SearchNames } from '../../../contract/model';
import { searchKeys } from '../../../lib/names/name-keys';
import { shardOf } from '../../../lib/names/name-shards';

interface Entry {
  tag: SearchName;
  /** Each key with the name it came from, to show which alias matched. */
  keys: { key: string; name: string }[];
}

export interface Suggestion {
  tag: SearchName;
  /** The alias the query matched, when it was not the tag's own name. */
  matched?: string;
}

export interface SuggestIndex {
  entries: Entry[];
}

/** The names file a query needs: the shard of its first letter, as the reader typed it. */
export const shardOfQuery = (query: string) => shardOf(searchKeys(query.trim())[0] ?? '');

// One index per names file, whoever asks: the header's box and the search page share it.
const built = new WeakMap<SearchNames, SuggestIndex>();

export const buildSuggestIndex = (names: SearchNames): SuggestIndex => {
  let index = built.get(names);
  if (!index) {
    index = {
      entries: names.tags.map((tag) => ({
        tag,
        keys: [tag.name, ...tag.aliases].flatMap((name) =>
          searchKeys(name).map((key) => ({ key, name })),
        ),
      })),
    };
    built.set(names, index);
  }
  return index;
};

// Whole name > start of the name > start of a later word ("jimin" in "park jimin").
const EXACT = 3;
const PREFIX = 2;
const WORD_PREFIX = 1;

const matchScore = (key: string, typed: string) => {
  if (key === typed) return EXACT;
  if (key.startsWith(typed)) return PREFIX;
  // Korean keys ("k:유|seungjun") have no later words to match.
  if (!key.startsWith('k:') && key.includes(` ${typed}`)) return WORD_PREFIX;
  return 0;
};

export const suggest = (index: SuggestIndex, query: string, limit = 8): Suggestion[] => {
  const typed = searchKeys(query.trim());
  if (typed.length === 0) return [];
  const scored: { s: Suggestion; score: number }[] = [];
  for (const entry of index.entries) {
    let best = 0;
    let name = entry.tag.name;
    for (const { key, name: from } of entry.keys)
      for (const t of typed) {
        const score = matchScore(key, t);
        if (score > best || (score === best && score > 0 && from === entry.tag.name)) {
          best = score;
          name = from;
        }
      }
    if (best > 0) {
      const s: Suggestion =
        name === entry.tag.name ? { tag: entry.tag } : { tag: entry.tag, matched: name };
      scored.push({ s, score: best });
    }
  }
  return scored
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.s.tag.count - a.s.tag.count ||
        a.s.tag.name.localeCompare(b.s.tag.name),
    )
    .slice(0, limit)
    .map(({ s }) => s);
};
