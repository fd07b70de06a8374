// data/search-names/<shard>.json: every tag with the names a reader may type for it, so
// the search box can suggest "Steve Yoo" for "유승준" or "Yu Seung-jun" without loading the
// full-text index; split by first letter (src/lib/names/name-shards.ts). The browser
// derives the keys itself (src/lib/names/name-keys.ts), so a file holds each distinct
// spelling once and no keys.
import { searchKeys } from '../../lib/names/name-keys.ts';
import { ALL_SHARDS, shardsOfKey } from '../../lib/names/name-shards.ts';
import type { SearchName, SearchNames, TagCount } from '../../contract/model.ts';
import type { Entity } from '../validate/schema.ts';

/** The aliases that add a key the name and earlier aliases do not already give. */
const distinctAliases = (name: string, aliases: string[]) => {
  const seen = new Set(searchKeys(name));
  return aliases.filter((alias) => {
    const keys = searchKeys(alias);
    const fresh = keys.some((k) => !seen.has(k));
    for (const k of keys) seen.add(k);
    return fresh;
  });
};

export const searchNames = (tags: TagCount[], entities: Map<string, Entity>): SearchNames => ({
  tags: tags.map((tag): SearchName => {
    const aliases = distinctAliases(tag.name, entities.get(tag.id)?.aliases ?? []);
    return { ...tag, aliases };
  }),
});

/** The names split into shards, each tag in every shard a reader's first letter may hit. */
export const searchNameShards = (names: SearchNames): Map<string, SearchNames> => {
  const shards = new Map<string, SearchName[]>(ALL_SHARDS.map((shard) => [shard, []]));
  for (const tag of names.tags) {
    const keys = [tag.name, ...tag.aliases].flatMap(searchKeys);
    for (const shard of new Set(keys.flatMap(shardsOfKey))) {
      const list = shards.get(shard) ?? [];
      list.push(tag);
      shards.set(shard, list);
    }
  }
  return new Map([...shards].map(([shard, tags]) => [shard, { tags }]));
};
