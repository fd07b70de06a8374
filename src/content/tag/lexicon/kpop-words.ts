// Words that say a story is about K-pop: with them, a word in capitals may be a group and a
// member role ("leader X") reads as an idol's.
export const KPOP_WORDS: ReadonlySet<string> = new Set(
  `idol idols kpop comeback maknae trainee trainees fandom subunit`.split(/\s+/),
);
