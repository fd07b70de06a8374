// Nouns that, right before a quoted name, say it is not a work a fan filters by: a concert
// or tour ("solo concert "Stargraphy""), a book ("novel "The Ax""), a campaign, a slogan or a
// nickname. Works in print are not tags here (kinds: people, groups, shows, songs, albums,
// characters, orgs); a web novel or webtoon is a show by its own word.
export const NOT_WORK_WORDS: ReadonlySet<string> = new Set(
  `concert concerts tour tours fanmeeting fancon showcase exhibition campaign slogan motto
  hashtag nickname phrase catchphrase novel novels book books poem essay memoir brand
  collection event festival challenge`.split(/\s+/),
);
