// Every tag kind in one typed table: its labels, where it stands on a page (people
// first, then what they make) and among a story's tags (the show or group a story is
// about first). A new kind is one row here; the compiler asks for every field.
import type { TagKind } from '../content/model';

interface KindSpec {
  one: string;
  many: string;
  /** Order of kind sections on tag and story pages. */
  display: number;
  /** Order of a story's tags in its data (and so its compact tag line). */
  tagging: number;
}

export const KINDS: Record<TagKind, KindSpec> = {
  person: { one: 'Person', many: 'People', display: 0, tagging: 2 },
  group: { one: 'Group', many: 'Groups', display: 1, tagging: 1 },
  show: { one: 'Show', many: 'Shows', display: 2, tagging: 0 },
  character: { one: 'Character', many: 'Characters', display: 3, tagging: 5 },
  song: { one: 'Song', many: 'Songs', display: 4, tagging: 3 },
  album: { one: 'Album', many: 'Albums', display: 5, tagging: 4 },
  org: { one: 'Organization', many: 'Organizations', display: 6, tagging: 6 },
};

const kinds = Object.keys(KINDS) as TagKind[];
export const DISPLAY_ORDER: readonly TagKind[] = [...kinds].sort(
  (a, b) => KINDS[a].display - KINDS[b].display,
);
export const TAGGING_ORDER: readonly TagKind[] = [...kinds].sort(
  (a, b) => KINDS[a].tagging - KINDS[b].tagging,
);
