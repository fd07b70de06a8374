// "The 40th Golden Disc Awards", "the 2025 MAMA AWARDS", "the 30th Busan International Film
// Festival": one edition of a ceremony or festival is another name of the ceremony, whose
// tag gathers every year's stories. The rule finds the ceremony's name with the edition as
// its alias; tagger.ts learns the edition as a name of a ceremony the knowledge has.
import type { Discovery, DiscoveryRule } from './rule.ts';

const EVENT_WORD = String.raw`(?:Awards?|AWARDS?|Festival|FESTIVAL)`;
const NAME_WORD = String.raw`(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*)`;
const EDITION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d\d)\s+)((?:${NAME_WORD}\s+){1,5}?${EVENT_WORD})(?![\p{L}])`,
  'gu',
);

export interface Edition {
  /** "40th Golden Disc Awards" */
  edition: string;
  /** "Golden Disc Awards", and where it stands on the line. */
  ceremony: string;
  start: number;
  end: number;
}

export const editionsOn = (text: string): Edition[] =>
  /award|festival/i.test(text)
    ? Array.from(text.matchAll(EDITION), (m) => ({
        edition: m[0].replace(/\s+/g, ' '),
        ceremony: m[2]!.replace(/\s+/g, ' '),
        start: m.index + m[1]!.length,
        end: m.index + m[0].length,
      }))
    : [];

export const edition: DiscoveryRule = {
  name: 'edition',
  find: (line) =>
    editionsOn(line.text).map((e): Discovery => ({
      name: e.ceremony,
      kind: 'org',
      rule: 'edition',
      line: line.line,
      start: e.start,
      end: e.end,
      alias: e.edition,
    })),
};
