// Finds names the registry may not know, from the way stories introduce them:
// a role word before a name, "Name (Name)" and "Name (Hangul)" pairs, quoted titles
// next to a show/song/album word, and quoted titles in headlines.
import type { TagKind } from '../model.ts';
import { tokenize } from './names.ts';

export interface Discovery {
  name: string;
  kind: TagKind;
  rule: 'role' | 'pair' | 'quoted' | 'headline';
  line: number;
  /** Another name for the same entity ("Name (Hangul)", stage and legal names). */
  alias?: string;
  /** For a discovered character: the actor named beside it. */
  playedBy?: string;
  /** For a discovered actor: the character named beside them. */
  plays?: string;
}

export interface DiscoveryContext {
  /** The kind of a name the registry already knows, if it does. */
  kindOf: (name: string) => TagKind | undefined;
  /** Whether the story is about a show, which makes "Name (Name)" a character and actor. */
  aboutShow: boolean;
}

const WORD = String.raw`\p{Lu}[\p{Ll}\p{Lu}]*(?:-\p{L}+)?`;
const NAME = String.raw`${WORD}(?:[ \t]+${WORD}){0,3}`;
const HANGUL_NAME = String.raw`[\uac00-\ud7a3]+(?:[ \t][\uac00-\ud7a3]+){0,3}`;
const STOP = new Set(
  'The A An And But Or In On At Of For To From With By As He She They It His Her Their Its This That These Those When While After Before Since Meanwhile However January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Korea Korean'.split(
    ' ',
  ),
);

const either = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
const ROLE_ONE_WORD = ['singer', 'rapper', 'idol', 'member', 'leader', 'vocalist', 'maknae'];
const ROLE_FULL_NAME = [
  'actor',
  'actress',
  'director',
  'producer',
  'writer',
  'screenwriter',
  'composer',
  'comedian',
  'host',
  'model',
  'PD',
  'directed by',
  'written by',
  'produced by',
  'starring',
];
const ROLE = new RegExp(
  String.raw`(?<![\p{L}])(${[...ROLE_ONE_WORD, ...ROLE_FULL_NAME].map(either).join('|')})[ \t]+(${NAME})`,
  'gu',
);
const PAIR = new RegExp(String.raw`(${NAME})[ \t]*\((${NAME}|${HANGUL_NAME})\)`, 'gu');
const QUOTED = /[“"]([^“”"\n]{1,80})[”"]|‘([^‘’\n]{1,60})’(?!\p{L})/gu;

const SHOW_WORDS = new Set([
  'drama',
  'dramas',
  'series',
  'show',
  'film',
  'movie',
  'webtoon',
  'sitcom',
  'documentary',
  'directing',
  'original',
  'starring',
]);
const SONG_WORDS = new Set([
  'song',
  'single',
  'track',
  'hit',
  'hits',
  'ballad',
  'ost',
  'anthem',
  'mv',
]);
const ALBUM_WORDS = new Set(['album', 'ep', 'mini', 'record']);
const HEADLINE_SHOW = new Set([
  ...SHOW_WORDS,
  'director',
  'season',
  'episode',
  'cast',
  'actor',
  'actress',
  'viewers',
  'netflix',
]);
const HEADLINE_SONG = new Set([
  ...SONG_WORDS,
  'songs',
  'chart',
  'charts',
  'streams',
  'streamed',
  'spotify',
  'billboard',
  'music',
]);

const kindOfWord = (word: string, show: Set<string>, song: Set<string>): TagKind | undefined =>
  show.has(word) ? 'show' : song.has(word) ? 'song' : ALBUM_WORDS.has(word) ? 'album' : undefined;

/** Drops stop words at the edges and role words in front ("Singer Steve Yoo" -> "Steve Yoo"). */
const trimName = (name: string) => {
  const words = name.split(/[ \t]+/);
  while (
    words.length &&
    (STOP.has(words[0]!) || ROLE_ONE_WORD.concat(ROLE_FULL_NAME).includes(words[0]!.toLowerCase()))
  )
    words.shift();
  const cut = words.findIndex((w) => STOP.has(w));
  return (cut >= 0 ? words.slice(0, cut) : words).join(' ');
};

const looksLikeTitle = (title: string) => {
  const t = title.trim();
  if (!t || /[.!?,;:]$/.test(t) || !/^[\p{Lu}\p{N}]/u.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 8) return false;
  const capitalized = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return words.length <= 2 || capitalized / words.length >= 0.5;
};

// Cheap pre-checks: most lines have no role word, parenthesis or quote, and the full
// patterns are costly to try at every capital letter.
const MAY_HAVE_ROLE = new RegExp([...ROLE_ONE_WORD, ...ROLE_FULL_NAME].join('|'), 'i');
const MAY_HAVE_QUOTE = /[“"‘]/;

const roleNames = (text: string, line: number): Discovery[] =>
  !MAY_HAVE_ROLE.test(text)
    ? []
    : Array.from(text.matchAll(ROLE), (m) => {
        const role = m[1]!.toLowerCase();
        const name = trimName(m[2]!);
        const words = name ? name.split(' ').length : 0;
        const enough = ROLE_ONE_WORD.includes(role) ? words >= 1 : words >= 2;
        return enough ? [{ name, kind: 'person' as const, rule: 'role' as const, line }] : [];
      }).flat();

const pairNames = (text: string, line: number, context: DiscoveryContext): Discovery[] =>
  !text.includes('(')
    ? []
    : Array.from(text.matchAll(PAIR), (m): Discovery[] => {
        const left = trimName(m[1]!);
        const right = m[2]!.trim();
        if (!left || STOP.has(right) || /^\p{Lu}+$/u.test(right)) return [];
        if (/^[\uac00-\ud7a3]/.test(right)) {
          return [
            {
              name: left,
              kind: context.kindOf(left) ?? 'person',
              rule: 'pair',
              line,
              alias: right,
            },
          ];
        }
        const leftKind = context.kindOf(left);
        const rightKind = context.kindOf(right);
        if (leftKind && rightKind) return [];
        const asRoles = leftKind === 'character' || (!leftKind && context.aboutShow);
        if (asRoles) {
          return [
            { name: left, kind: 'character', rule: 'pair', line, playedBy: right },
            { name: right, kind: 'person', rule: 'pair', line, plays: left },
          ];
        }
        return [{ name: left, kind: leftKind ?? 'person', rule: 'pair', line, alias: right }];
      }).flat();

/** Text between two quoted titles that makes the second one more of the same list. */
const LIST_GAP = /^[^.!?;:"“”]{0,40}$/;

const quotedTitles = (text: string, line: number): Discovery[] => {
  if (!MAY_HAVE_QUOTE.test(text)) return [];
  const found: Discovery[] = [];
  let previous: { kind: TagKind; end: number } | undefined;
  for (const m of text.matchAll(QUOTED)) {
    const title = (m[1] ?? m[2] ?? '').trim();
    const end = m.index + m[0].length;
    if (!looksLikeTitle(title)) {
      previous = undefined;
      continue;
    }
    const before = tokenize(text.slice(0, m.index)).slice(-5).reverse();
    const after = tokenize(text.slice(end)).slice(0, 1);
    // "hits like A's "X", B's "Y" and C's "Z"": Y and Z are songs because X is.
    const gap = previous ? text.slice(previous.end, m.index) : undefined;
    const kind =
      [...after, ...before].map((t) => kindOfWord(t.norm, SHOW_WORDS, SONG_WORDS)).find(Boolean) ??
      (gap !== undefined && LIST_GAP.test(gap) && /,|\band\b/.test(gap)
        ? previous?.kind
        : undefined);
    previous = kind ? { kind, end } : undefined;
    if (kind) found.push({ name: title, kind, rule: 'quoted', line });
  }
  return found;
};

const headlineTitles = (title: string, line: number): Discovery[] => {
  const words = tokenize(title);
  return Array.from(title.matchAll(QUOTED), (m) => {
    const name = (m[1] ?? m[2] ?? '').trim();
    if (!looksLikeTitle(name) || /:\s*$/.test(title.slice(0, m.index))) return [];
    // The kind word nearest the quoted title decides: "Director" -> show, "Songs" -> song.
    const distance = (t: { start: number }) => Math.abs(t.start - m.index);
    const kinded = words
      .map((t) => ({ t, kind: kindOfWord(t.norm, HEADLINE_SHOW, HEADLINE_SONG) }))
      .filter((x) => x.kind && (x.t.start < m.index || x.t.start >= m.index + m[0].length))
      .sort((a, b) => distance(a.t) - distance(b.t));
    const kind = kinded[0]?.kind;
    return kind ? [{ name, kind, rule: 'headline' as const, line }] : [];
  }).flat();
};

export interface TextLine {
  line: number;
  text: string;
}

/** Every name the rules find in one article: its title line first, then body lines. */
export const discoverNames = (
  title: TextLine,
  body: TextLine[],
  context: DiscoveryContext,
): Discovery[] => [
  ...headlineTitles(title.text, title.line),
  ...[title, ...body].flatMap(({ text, line }) => [
    ...roleNames(text, line),
    ...pairNames(text, line, context),
    ...quotedTitles(text, line),
  ]),
];
