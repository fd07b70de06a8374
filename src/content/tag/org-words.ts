// The one-word names of the knowledge's networks, agencies, platforms and groups, lowercase:
// "tvN", "HYBE", "EXO", and "JYP" of "JYP Entertainment". A name found by its Korean shape
// never has one as its given name ("Kim Tvn", "Park Exo"). Taken from the knowledge, so a
// network an editor adds counts the day it is added, with no list in a rule to update.
import type { Knowledge } from '../knowledge/build-knowledge.ts';
import { syllables } from '../names/korean-names.ts';

/** Words after a company's own name that say what kind of company it is. */
const COMPANY_WORDS =
  /^(?:entertainment|music|media|labels?|company|pictures|studios?|webtoon|awards|group|networks?|tv|plus|\+)$/i;

const wordsOf = (name: string) => {
  const words = name.split(/\s+/);
  const own = words.length === 1 || words.slice(1).every((w) => COMPANY_WORDS.test(w));
  return own ? [words[0]!.toLowerCase().replace(/[^\p{L}]+/gu, '')] : [];
};

/**
 * A group's name that reads as Korean syllables ("Yeji", "Kara") may be someone's given name
 * too; a network's or an agency's, or a group's that does not ("EXO", "BTS"), may not.
 */
export const oneWordOrgNames = (knowledge: Knowledge): ReadonlySet<string> =>
  new Set(
    knowledge.entities
      .filter((e) => e.kind === 'org' || e.kind === 'group')
      .flatMap((e) =>
        [e.name, ...(e.aliases ?? [])]
          .flatMap(wordsOf)
          .filter((w) => e.kind === 'org' || !syllables(w)),
      )
      .filter((w) => w.length > 1),
  );
