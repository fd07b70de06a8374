// Role words of the field, one row each: the `role` rule finds the name after one, and every
// rule trims them off the front of a name ("Actress Kim Go-eun" is Kim Go-eun). One table, so
// the finder and the trimmer know the same words (they disagreed: only one knew "lyricist").
// Roles outside entertainment are another table (outside-roles.ts).

export interface Role {
  /** As written before a name; a lowercase word also matches capitalised. */
  words: string;
  /** Enough before a one-word name ("leader RM", "singer IU"); else a full name is needed. */
  oneWord?: true;
  /** A role in a group: a sign of K-pop only in a story about K-pop ("NATO member"). */
  groupRole?: true;
  /** Trimmed off a name, but no sign that a name follows ("star", "chef"). */
  trimOnly?: true;
}

export const ROLES: readonly Role[] = [
  { words: 'singer', oneWord: true },
  { words: 'rapper', oneWord: true },
  { words: 'idol', oneWord: true },
  { words: 'member', oneWord: true, groupRole: true },
  { words: 'leader', oneWord: true, groupRole: true },
  { words: 'vocalist', oneWord: true, groupRole: true },
  { words: 'maknae', oneWord: true, groupRole: true },
  { words: 'trainee', oneWord: true },
  { words: 'MC', oneWord: true },
  { words: 'soloist', oneWord: true },
  { words: 'actor' },
  { words: 'actress' },
  { words: 'director' },
  { words: 'producer' },
  { words: 'writer' },
  { words: 'screenwriter' },
  { words: 'scriptwriter' },
  { words: 'composer' },
  { words: 'comedian' },
  { words: 'host' },
  { words: 'model' },
  { words: 'PD' },
  { words: 'CEO' },
  { words: 'author' },
  { words: 'webtoon artist' },
  { words: 'webtoon writer' },
  { words: 'novelist' },
  { words: 'broadcaster' },
  { words: 'entertainer' },
  { words: 'filmmaker' },
  { words: 'choreographer' },
  { words: 'lyricist' },
  { words: 'songwriter' },
  { words: 'directed by' },
  { words: 'written by' },
  { words: 'produced by' },
  { words: 'hosted by' },
  { words: 'created by' },
  { words: 'penned by' },
  { words: 'helmed by' },
  { words: 'composed by' },
  { words: 'members', trimOnly: true },
  { words: 'artist', trimOnly: true },
  { words: 'dancer', trimOnly: true },
  { words: 'chef', trimOnly: true },
  { words: 'star', trimOnly: true },
  { words: 'stars', trimOnly: true },
  { words: 'rookie', trimOnly: true },
  { words: 'newcomer', trimOnly: true },
  { words: 'webtoon', trimOnly: true },
];

/** One-word roles, lowercase: what is trimmed off the front of a name. */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  ROLES.filter((r) => !r.words.includes(' ')).map((r) => r.words.toLowerCase()),
);
