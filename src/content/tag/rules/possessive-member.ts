// "TWICE's Nayeon", "SEVENTEEN’s Hoshi", "Stray Kids' Felix": a member named after the
// group's possessive, the commonest form in K-pop news. The group is one the knowledge
// knows, or a word in capitals (a group the knowledge lacks); the member is a Korean
// name or one or two capitalised words that are not ordinary English words.
import { isEnglishWord } from '../english-words.ts';
import { nameAt } from './phrases.ts';
import { NOT_NAMES } from '../lexicon/not-names.ts';
import { STOP } from '../lexicon/stop-words.ts';
import type { Discovery, DiscoveryRule, RuleLine, RuleContext } from './rule.ts';

const POSSESSIVE = /(?<=\p{L}|\p{N}|\))(?:['’]s|(?<=s)['’])(?=[ \t]+[\p{Lu}])/gu;

/** The group whose possessive ends at `end`: the longest known group, or a word in capitals. */
const groupBefore = (line: RuleLine, end: number, context: RuleContext) => {
  const before = line.tokens.filter((t) => t.end <= end);
  for (let n = Math.min(4, before.length); n >= 1; n--) {
    const from = before[before.length - n]!;
    const name = line.text.slice(from.start, end).replace(/^[(&]/, '');
    const known = context.known(name);
    if (known) return known.kind === 'group' ? { name, known: true, start: from.start } : undefined;
  }
  const last = before.at(-1);
  if (!last || last.end !== end) return undefined;
  const word = line.text.slice(last.start, end);
  // A word in capitals is a group only in a story about K-pop ("NATO's" is not).
  return context.kpop &&
    /^[\p{Lu}\p{N}]{2,}$/u.test(word) &&
    /\p{Lu}/u.test(word) &&
    !STOP.has(word) &&
    word !== 'KST'
    ? { name: word, known: false, start: last.start }
    : undefined;
};

export const possessiveMember: DiscoveryRule = {
  name: 'possessive-member',
  find: (line, context) => {
    if (!/['’]/.test(line.text)) return [];
    const found: Discovery[] = [];
    for (const m of line.text.matchAll(POSSESSIVE)) {
      const group = groupBefore(line, m.index, context);
      if (!group) continue;
      const afterAt =
        m.index +
        m[0].length +
        (/^[ \t]+/.exec(line.text.slice(m.index + m[0].length))?.[0].length ?? 0);
      const member = nameAt(line, afterAt, 2);
      if (!member || member.start !== afterAt) continue;
      const known = context.known(member.name);
      // Unknown one-word members must not be English words ("TWICE's Japanese album").
      const first = member.name.split(' ')[0]!;
      if (!known && (isEnglishWord(first) || STOP.has(first) || NOT_NAMES.has(first))) continue;
      if (known && known.kind !== 'person') continue;
      // Two unknown words: keep the second only when it reads as a name too.
      const name =
        !known &&
        member.name.includes(' ') &&
        !context.known(member.name) &&
        isEnglishWord(member.name.split(' ')[1]!)
          ? first
          : member.name;
      found.push({
        name,
        kind: 'person',
        rule: 'possessive-member',
        line: line.line,
        start: member.start,
        end: member.start + name.length,
        memberOf: group.name,
      });
      if (!group.known)
        found.push({
          name: group.name,
          kind: 'group',
          rule: 'possessive-member',
          line: line.line,
          start: group.start,
          end: m.index,
        });
    }
    return found;
  },
};
