// Every word that says what kind of work (or group) a title is, in one typed table. The
// rules and the story's topic read their vocabularies from here: a new kind word is a row.
import type { TagKind } from '../../../contract/model.ts';

interface KindWord {
  kind: TagKind;
  /** Also an ordinary word ("a single vote", "the series Game 4"): it counts only right
   *  beside a title, and in a story's topic only in a story about K-pop. */
  ambiguous?: true;
  /** A plural that opens a list of titles ("dramas such as ..."). */
  list?: true;
  /** Only right before a title ("girl group aespa", "title track Supernova"). */
  beforeTitle?: true;
}

export const KIND_VOCABULARY: Record<string, KindWord> = {
  drama: { kind: 'show' },
  dramas: { kind: 'show', list: true },
  'k-drama': { kind: 'show' },
  series: { kind: 'show', ambiguous: true, list: true },
  show: { kind: 'show', ambiguous: true },
  shows: { kind: 'show', ambiguous: true, list: true },
  'variety show': { kind: 'show', beforeTitle: true },
  film: { kind: 'show' },
  films: { kind: 'show', list: true },
  movie: { kind: 'show' },
  movies: { kind: 'show', list: true },
  webtoon: { kind: 'show' },
  webtoons: { kind: 'show', list: true },
  adaptations: { kind: 'show', list: true },
  sitcom: { kind: 'show' },
  documentary: { kind: 'show' },
  variety: { kind: 'show' },
  program: { kind: 'show', ambiguous: true },
  programme: { kind: 'show', ambiguous: true },
  musical: { kind: 'show' },
  comedy: { kind: 'show', ambiguous: true },
  romance: { kind: 'show', ambiguous: true },
  thriller: { kind: 'show', ambiguous: true },
  melodrama: { kind: 'show' },
  sageuk: { kind: 'show' },
  romcom: { kind: 'show' },
  'rom-com': { kind: 'show' },
  song: { kind: 'song' },
  songs: { kind: 'song', list: true },
  single: { kind: 'song', ambiguous: true },
  singles: { kind: 'song', ambiguous: true, list: true },
  track: { kind: 'song', ambiguous: true },
  tracks: { kind: 'song', ambiguous: true, list: true },
  'title track': { kind: 'song', beforeTitle: true },
  hit: { kind: 'song', ambiguous: true },
  hits: { kind: 'song', ambiguous: true, list: true },
  ballad: { kind: 'song' },
  duet: { kind: 'song' },
  soundtrack: { kind: 'song' },
  ost: { kind: 'song' },
  anthem: { kind: 'song' },
  mv: { kind: 'song' },
  album: { kind: 'album' },
  albums: { kind: 'album', list: true },
  'mini album': { kind: 'album', beforeTitle: true },
  'mini-album': { kind: 'album' },
  ep: { kind: 'album' },
  mini: { kind: 'album', ambiguous: true },
  record: { kind: 'album', ambiguous: true },
  unit: { kind: 'group', ambiguous: true, beforeTitle: true },
  subunit: { kind: 'group', beforeTitle: true },
  'sub-unit': { kind: 'group', beforeTitle: true },
  'boy group': { kind: 'group', beforeTitle: true },
  'girl group': { kind: 'group', beforeTitle: true },
  supergroup: { kind: 'group', beforeTitle: true },
  band: { kind: 'group', ambiguous: true, beforeTitle: true },
  trio: { kind: 'group', ambiguous: true, beforeTitle: true },
  duo: { kind: 'group', ambiguous: true, beforeTitle: true },
};

const entries = Object.entries(KIND_VOCABULARY);

/** One word anywhere in a sentence -> the kind of work it names. */
export const KIND_WORDS = new Map(
  entries.filter(([w, k]) => !k.beforeTitle && !w.includes(' ')).map(([w, k]) => [w, k.kind]),
);
export const AMBIGUOUS_KIND_WORDS = new Set(entries.filter(([, k]) => k.ambiguous).map(([w]) => w));
/** Plurals that open a list of titles. */
export const LIST_WORDS = entries.filter(([, k]) => k.list).map(([w]) => w);
/** Every entry, longest first, for "the drama X" and "girl group X". */
export const BEFORE_TITLE_WORDS = entries.map(([w]) => w).sort((a, b) => b.length - a.length);
/** First words of the entries, for a cheap test before the pattern. */
export const KIND_FIRST_WORDS = new Set(entries.map(([w]) => w.split(/[ -]/)[0]!));
