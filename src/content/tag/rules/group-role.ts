// "EXO member Kai", "BTS leader RM", "SEVENTEEN's maknae Dino": a group, a member role
// word, then the member.
import { isEnglishWord } from '../english-words.ts';
import { nameAt } from './phrases.ts';
import type { Discovery, DiscoveryRule } from './rule.ts';

const ROLE =
  /(?:['’]s|(?<=s)['’])?[ \t]+(?:member|members|leader|maknae|vocalist|main vocalist|rapper|main rapper|dancer|center|youngest member|eldest member)[ \t]+(?=[\p{Lu}])/gu;

export const groupRole: DiscoveryRule = {
  name: 'group-role',
  find: (line, context) => {
    if (!/member|leader|maknae|vocalist|rapper|dancer|center/.test(line.text)) return [];
    const found: Discovery[] = [];
    for (const m of line.text.matchAll(ROLE)) {
      const before = line.tokens.filter((t) => t.end <= m.index);
      let group: string | undefined;
      for (let n = Math.min(3, before.length); n >= 1 && !group; n--) {
        const candidate = line.text.slice(before[before.length - n]!.start, m.index);
        if (context.known(candidate)?.kind === 'group') group = candidate;
      }
      const last = before.at(-1);
      if (
        !group &&
        context.kpop &&
        last &&
        last.end === m.index &&
        /^[\p{Lu}\p{N}]{2,}$/u.test(last.raw)
      )
        group = last.raw;
      if (!group) continue;
      const at = m.index + m[0].length;
      const member = nameAt(line, at, 2);
      if (!member) continue;
      const known = context.known(member.name);
      if (known ? known.kind !== 'person' : isEnglishWord(member.name.split(' ')[0]!)) continue;
      found.push({
        name: member.name,
        kind: 'person',
        rule: 'group-role',
        line: line.line,
        start: member.start,
        end: member.end,
        memberOf: group,
      });
    }
    return found;
  },
};
