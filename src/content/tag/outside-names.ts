// Names a story gives in a role outside entertainment (lexicon/outside-roles.ts): they are
// not person tags there, however the name was found (its shape, the knowledge, a rule).
import {
  CAST_WORDS,
  ENTERTAINMENT_COMPANY,
  OUTSIDE_ROLES,
  SPORT_WORDS,
} from './lexicon/outside-roles.ts';
import { KIND_WORDS } from './rules/kind-words.ts';
import { nameKey } from '../names/names.ts';
import type { PreparedArticle } from './prepare.ts';
import { capitalizedRun, hasWord, sentenceAround } from './rules/phrases.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ROLE = new RegExp(
  String.raw`\b(?:co-)?(${[...OUTSIDE_ROLES]
    .sort((a, b) => b.words.length - a.words.length)
    .map((r) => escape(r.words).replace(/ /g, String.raw`\s+`))
    .join('|')})\s+(?=\p{Lu})`,
  'giu',
);
/** The first word of every role, lowercase: a cheap test before the pattern. */
const FIRST_WORDS = new Set(OUTSIDE_ROLES.map((r) => r.words.split(' ')[0]!.replace(/\.$/, '')));
const BUSINESS = new Set(OUTSIDE_ROLES.filter((r) => r.business).map((r) => r.words));

/** Name keys of the people the story names in a role outside entertainment. */
export const outsideNames = (
  article: PreparedArticle,
  isCompany: (name: string) => boolean,
  isKnown: (name: string) => boolean,
) => {
  const keys = new Set<string>();
  for (const l of article.lines) {
    if (hasWord(l, SPORT_WORDS))
      for (const n of l.names) {
        const sentence = sentenceAround(l.text, n.start);
        const words = l.tokens.filter((t) => t.start >= sentence.from && t.start < sentence.to);
        // "the basketball team captain" a cast plays is a part in a drama, not an athlete.
        const sport =
          words.some((t) => SPORT_WORDS.has(t.norm)) &&
          !words.some((t) => KIND_WORDS.has(t.norm) || CAST_WORDS.has(t.norm));
        if (sport && n.sure && !isKnown(n.text)) keys.add(nameKey(n.text));
      }
    if (!hasWord(l, FIRST_WORDS)) continue;
    for (const m of l.text.matchAll(ROLE)) {
      const role = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      if (BUSINESS.has(role) && ENTERTAINMENT_COMPANY.test(l.text.slice(0, m.index))) continue;
      // "HYBE CEO Park Ji-won", "former ADOR CEO": a company the knowledge knows is an
      // entertainment one (its agencies, labels, networks and platforms).
      const words = l.text
        .slice(Math.max(0, m.index - 60), m.index)
        .trim()
        .split(/\s+/);
      const company = [1, 2, 3].some((n) =>
        isCompany(
          words
            .slice(-n)
            .join(' ')
            .replace(/^[^\p{L}\p{N}&]+|['’]s$|-$/gu, ''),
        ),
      );
      if (BUSINESS.has(role) && company) continue;
      const at = m.index + m[0].length;
      const korean = l.names.find((n) => n.start === at);
      const name = korean?.text ?? capitalizedRun(l.text, at, 3)?.name;
      if (name) keys.add(nameKey(name));
    }
  }
  return keys;
};
