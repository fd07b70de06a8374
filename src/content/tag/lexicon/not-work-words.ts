// Nouns that, right before a quoted name, say it is not a work a fan filters by: a concert
// or tour ("solo concert "Stargraphy""), a book ("novel "The Ax""), a campaign, a slogan or a
// nickname. Works in print are not tags here (kinds: people, groups, shows, songs, albums,
// characters, orgs); a web novel or webtoon is a show by its own word.
export const NOT_WORK_WORDS: ReadonlySet<string> = new Set(
  `concert concerts tour tours fanmeeting fancon showcase exhibition campaign slogan motto
  hashtag nickname phrase catchphrase novel novels book books poem essay memoir brand
  collection event festival challenge`.split(/\s+/),
);

/**
 * Words right before a quoted title that make it a reference inside another work, not a
 * work the story is about: "weaves in snippets of "Happy Birthday"", "a nod to "Tiny Dancer"".
 */
export const REFERENCE_BEFORE =
  /\b(?:snippets?|samples?|excerpts?|lines?|bars|echoes|strains|parody|parodies|nods?)\s+(?:of|from|to)\s*$|\b(?:samples|sampling|interpolates|interpolating|quotes|quoting)\s*$/i;

/** Before a quoted name of people, not of a work: "a member of Gangnam's "Orange Tribe"". */
export const MEMBER_OF_BEFORE = /\bmembers?\s+of\s+(?:the\s+|\p{Lu}[\p{L}-]*['’]s\s+)?$/u;
