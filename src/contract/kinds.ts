// Every tag kind in two typed tables, in display order (people first, then what they make).
// A new kind is one row in each: KINDS, what the app shows (its bundle carries only this),
// and KIND_RULES, how the build treats it; the compiler asks for every kind in both, and
// everything that treats kinds apart (labels, tagging order, related stories, JSON-LD, main
// tags, context) reads them. Two tables rather than one so the reader's first load does not
// carry the build's columns (tests/browser/budget.test.ts).
// No imports: the data contract (src/contract/) is shared by the pipeline and the app.

interface KindView {
  /** Labels: "Person", "People". */
  one: string;
  many: string;
  /** Among a story's main tags (list chips, share card): who is in it, what it concerns. */
  main: boolean;
}

export const KINDS = {
  person: { one: 'Person', many: 'People', main: true },
  group: { one: 'Group', many: 'Groups', main: true },
  show: { one: 'Show', many: 'Shows', main: true },
  character: { one: 'Character', many: 'Characters', main: false },
  song: { one: 'Song', many: 'Songs', main: false },
  album: { one: 'Album', many: 'Albums', main: false },
  org: { one: 'Organization', many: 'Organizations', main: false },
} as const satisfies Record<string, KindView>;

export type TagKind = keyof typeof KINDS;

interface KindRule {
  /** Place among a story's tags when the text does not order them (0 first: the show or
   *  group a story is about before its people, songs and orgs). */
  tagging: number;
  /** What sharing a tag of this kind is worth for "related stories": orgs only break ties. */
  relatedWeight: number;
  /** schema.org type of what a tag of this kind stands for (JSON-LD `about`). */
  schemaType: string;
  /** A name of this kind tags only where the story names a relative (a character's show). */
  needsContext: boolean;
}

export const KIND_RULES: Readonly<Record<TagKind, KindRule>> = {
  person: {
    tagging: 2,
    relatedWeight: 1,
    schemaType: 'Person',
    needsContext: false,
  },
  group: {
    tagging: 1,
    relatedWeight: 1,
    schemaType: 'MusicGroup',
    needsContext: false,
  },
  show: {
    tagging: 0,
    relatedWeight: 1,
    schemaType: 'CreativeWorkSeries',
    needsContext: false,
  },
  character: {
    tagging: 5,
    relatedWeight: 1,
    schemaType: 'Thing',
    needsContext: true,
  },
  song: {
    tagging: 3,
    relatedWeight: 1,
    schemaType: 'MusicRecording',
    needsContext: false,
  },
  album: {
    tagging: 4,
    relatedWeight: 1,
    schemaType: 'MusicAlbum',
    needsContext: false,
  },
  org: {
    tagging: 6,
    relatedWeight: 0.05,
    schemaType: 'Organization',
    needsContext: false,
  },
};

/** Every kind, in display order. */
export const TAG_KINDS = Object.keys(KINDS) as [TagKind, ...TagKind[]];

/** Kinds in the order a story's tags take when its text does not order them. */
// Pure: the app never reads it, so its bundle drops the sort.
export const TAGGING_ORDER: readonly TagKind[] = /* @__PURE__ */ [...TAG_KINDS].sort(
  (a, b) => KIND_RULES[a].tagging - KIND_RULES[b].tagging,
);
