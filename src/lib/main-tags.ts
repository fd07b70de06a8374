import type { TagRef } from '../contract/model';
import { KINDS } from '../contract/kinds';

/** Kinds a story is "about" for a reader: who is in it and what show or group it concerns. */
const isMain = (t: TagRef) => KINDS[t.kind].main;

/**
 * The few tags that say what a story is about, for its share card and the line of chips
 * under its headline. Tags arrive headline first (the names its headline gives, then the
 * most-mentioned: content/tag/main-tag-order.ts), so the first few of the main kinds are the
 * ones to show; without any, the first tags of any kind.
 */
export const mainTags = (tags: readonly TagRef[], max = 3): TagRef[] => {
  const main = tags.filter(isMain);
  return (main.length ? main : tags).slice(0, max);
};

/** The chips of a story in a list: its main tags first, then the others, `max` in all. */
export const leadingTags = (tags: readonly TagRef[], max: number): TagRef[] => {
  const main = tags.filter(isMain);
  return [...main, ...tags.filter((t) => !isMain(t))].slice(0, max);
};
