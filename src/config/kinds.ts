// Every tag kind in one typed table, in display order (people first, then what they
// make): its labels, and its place among a story's tags (the show or group a story is
// about first). A new kind is one row here; the compiler asks for every field.
import type { TagKind } from '../content/model';

export const KINDS: Record<TagKind, { one: string; many: string; tagging: number }> = {
  person: { one: 'Person', many: 'People', tagging: 2 },
  group: { one: 'Group', many: 'Groups', tagging: 1 },
  show: { one: 'Show', many: 'Shows', tagging: 0 },
  character: { one: 'Character', many: 'Characters', tagging: 5 },
  song: { one: 'Song', many: 'Songs', tagging: 3 },
  album: { one: 'Album', many: 'Albums', tagging: 4 },
  org: { one: 'Organization', many: 'Organizations', tagging: 6 },
};

export const DISPLAY_ORDER = Object.keys(KINDS) as TagKind[];
