// "director Kim Won-seok", "singer Steve Yoo", "PD Na Young-seok", "directed by X": a
// role word before a name. Roles that go with a full name need two words or a Korean
// name; member roles ("leader RM") take one word.
import { isEnglishWord } from '../english-words.ts';
import { ROLES } from '../lexicon/roles.ts';
import { hasWord, nameAt } from './phrases.ts';
import { NOT_NAMES } from '../lexicon/not-names.ts';
import type { Discovery, DiscoveryRule } from './rule.ts';

const finders = ROLES.filter((r) => !r.trimOnly);
const either = (w: string) =>
  /^[a-z]/.test(w) ? `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}` : w;
const ROLE = new RegExp(
  String.raw`(?<![\p{L}])(${finders.map((r) => either(r.words)).join('|')})[ \t]+(?=[\p{Lu}])`,
  'gu',
);
const ROLE_TOKENS = new Set(finders.map((r) => r.words.split(' ')[0]!.toLowerCase()));
const GROUP_ROLES = new Set(ROLES.filter((r) => r.groupRole).map((r) => r.words));
const ONE = new Set(ROLES.filter((r) => r.oneWord).map((r) => r.words.toLowerCase()));

export const role: DiscoveryRule = {
  name: 'role',
  find: (line, context) => {
    if (!hasWord(line, ROLE_TOKENS)) return [];
    const found: Discovery[] = [];
    for (const m of line.text.matchAll(ROLE)) {
      const at = m.index + m[0].length;
      // "his idol Son Heung-min": someone admired, not a singer's job.
      if (
        /\b(?:his|her|their|my|our|your)[ \t]+$/i.test(line.text.slice(0, m.index)) &&
        /^idol/i.test(m[1]!)
      )
        continue;
      // A role word is evidence enough for a Korean name shape alone would doubt ("leader Bang Chan").
      const korean = line.names.find((n) => n.start === at);
      const name = korean
        ? { name: korean.text, start: korean.start, end: korean.end }
        : nameAt(line, at, 3);
      if (!name || name.start !== at) continue;
      const words = name.name.split(' ');
      const known = context.known(name.name);
      const oneWordRole = ONE.has(m[1]!.toLowerCase());
      const notWords = words.some((w) => !isEnglishWord(w) && !NOT_NAMES.has(w));
      // "NATO member Finland", "Majority Leader X": group roles need a story about K-pop.
      if (
        GROUP_ROLES.has(m[1]!.toLowerCase()) &&
        !context.kpop &&
        !korean &&
        known?.kind !== 'person'
      )
        continue;
      const enough =
        korean ||
        known?.kind === 'person' ||
        (oneWordRole ? notWords : words.length >= 2 && (!line.titleCase || notWords));
      if (!enough || (known && known.kind !== 'person')) continue;
      found.push({
        name: name.name,
        kind: 'person',
        rule: 'role',
        line: line.line,
        start: name.start,
        end: name.end,
      });
    }
    return found;
  },
};
