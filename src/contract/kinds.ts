// Every tag kind in one typed table, in display order (people first, then what they make).
// A new kind is one row here: the compiler asks for every field, and everything that treats
// kinds apart (labels, tagging order, related stories, JSON-LD, main tags, context) reads it.
// No imports: the data contract (src/contract/) is shared by the pipeline and the app.

interface KindRow {
  /** Labels: "Person", "People". */
  one: string;
  many: string;
  /** Place among a story's tags when the text does not order them (0 first: the show or
   *  group a story is about before its people, songs and orgs). */
  tagging: number;
  /** What sharing a tag of this kind is worth for "related stories": orgs only break ties. */
  relatedWeight: number;
  /** schema.org type of what a tag of this kind stands for (JSON-LD `about`). */
  schemaType: string;
  /** Among a story's main tags (list chips, share card): who is in it, what it concerns. */
  main: boolean;
  /** A name of this kind tags only where the story names a relative (a character's show). */
  needsContext: boolean;
}

export const KINDS = {
  person: {
    one: 'Person',
    many: 'People',
    tagging: 2,
    relatedWeight: 1,
    schemaType: 'Person',
    main: true,
    needsContext: false,
  },
  group: {
    one: 'Group',
    many: 'Groups',
    tagging: 1,
    relatedWeight: 1,
    schemaType: 'MusicGroup',
    main: true,
    needsContext: false,
  },
  show: {
    one: 'Show',
    many: 'Shows',
    tagging: 0,
    relatedWeight: 1,
    schemaType: 'CreativeWorkSeries',
    main: true,
    needsContext: false,
  },
  character: {
    one: 'Character',
    many: 'Characters',
    tagging: 5,
    relatedWeight: 1,
    schemaType: 'Thing',
    main: false,
    needsContext: true,
  },
  song: {
    one: 'Song',
    many: 'Songs',
    tagging: 3,
    relatedWeight: 1,
    schemaType: 'MusicRecording',
    main: false,
    needsContext: false,
  },
  album: {
    one: 'Album',
    many: 'Albums',
    tagging: 4,
    relatedWeight: 1,
    schemaType: 'MusicAlbum',
    main: false,
    needsContext: false,
  },
  org: {
    one: 'Organization',
    many: 'Organizations',
    tagging: 6,
    relatedWeight: 0.05,
    schemaType: 'Organization',
    main: false,
    needsContext: false,
  },
} as const satisfies Record<string, KindRow>;

export type TagKind = keyof typeof KINDS;

/** Every kind, in display order. */
export const TAG_KINDS = Object.keys(KINDS) as [TagKind, ...TagKind[]];

/** Kinds in the order a story's tags take when its text does not order them. */
export const TAGGING_ORDER: readonly TagKind[] = [...TAG_KINDS].sort(
  (a, b) => KINDS[a].tagging - KINDS[b].tagging,
);
