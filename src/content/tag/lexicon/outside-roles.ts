// Roles outside entertainment: a name standing right after one is a judge, a politician,
// an executive of a non-entertainment company or an athlete, not a star to filter by
// ("Presiding Judge Kwon Sang-cheol", "Culture Minister Chae Hwi-young", "Shinsegae Group
// president Chung Yoo-kyung"). One row a role; `business` roles (president, chairman, CEO)
// are entertainment roles when an agency, label or studio stands before them ("HYBE CEO").

export interface OutsideRole {
  /** The role as it stands before a name, lowercase; spaces match any white space. */
  words: string;
  business?: boolean;
}

export const OUTSIDE_ROLES: readonly OutsideRole[] = [
  { words: 'judge' },
  { words: 'presiding judge' },
  { words: 'chief justice' },
  { words: 'justice' },
  { words: 'prosecutor' },
  { words: 'attorney' },
  { words: 'lawyer' },
  { words: 'president', business: true },
  { words: 'prime minister' },
  { words: 'minister' },
  { words: 'vice minister' },
  { words: 'lawmaker' },
  { words: 'assemblyman' },
  { words: 'assemblywoman' },
  { words: 'rep.' },
  { words: 'sen.' },
  { words: 'senator' },
  { words: 'governor' },
  { words: 'mayor' },
  { words: 'ambassador' },
  { words: 'commissioner' },
  { words: 'chairman', business: true },
  { words: 'chairwoman', business: true },
  { words: 'chairperson', business: true },
  { words: 'vice chairman', business: true },
  { words: 'ceo', business: true },
  { words: 'footballer' },
  { words: 'striker' },
  { words: 'midfielder' },
  { words: 'pitcher' },
  { words: 'golfer' },
  { words: 'figure skater' },
  { words: 'swimmer' },
];

/** Words before a business role that make it an entertainment company's. */
export const ENTERTAINMENT_COMPANY =
  /\b(?:entertainment|music|records|label|labels|studios?|pictures|films|media|agency|company|management|broadcasting|network|ent\.)\s*$/i;

/**
 * Sports a sentence names: a Korean name the knowledge lacks, given there ("talking about
 * football and his idol Son Heung-min"), is an athlete named in passing, not a star.
 */
export const SPORT_WORDS: ReadonlySet<string> = new Set(
  `football soccer baseball basketball volleyball golf tennis badminton olympics olympic
  footballer athlete athletes`.split(/\s+/),
);

/** Words of a sentence about a cast: a sport there is the story of a drama. */
export const CAST_WORDS: ReadonlySet<string> = new Set(
  `as play plays played playing role roles cast stars starring joins portrays character`.split(
    /\s+/,
  ),
);
