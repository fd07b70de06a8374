// "Jihyo of TWICE", "Joy of Red Velvet": a member, then "of" and a group the knowledge
// knows or a word in capitals.
import { isEnglishWord } from '../english-words.ts';
import { nameBefore } from './phrases.ts';
import { STOP } from '../lexicon/stop-words.ts';
import type { Discovery, DiscoveryRule } from './rule.ts';

const OF_GROUP =
  /[ \t]of[ \t]+((?:[\p{Lu}\p{N}(&][\p{L}\p{N}’'().&-]*)(?:[ \t]+[\p{Lu}\p{N}][\p{L}\p{N}’'().&-]*){0,2})/gu;

export const memberOf: DiscoveryRule = {
  name: 'member-of',
  find: (line, context) => {
    if (!line.text.includes(' of ')) return [];
    const found: Discovery[] = [];
    for (const m of line.text.matchAll(OF_GROUP)) {
      const words = m[1]!.replace(/[’']s$|[.,)]+$/u, '').split(/[ \t]+/);
      let group: string | undefined;
      for (let n = words.length; n >= 1 && !group; n--) {
        const candidate = words.slice(0, n).join(' ');
        const known = context.known(candidate);
        if (known?.kind === 'group') group = candidate;
        else if (known) break;
      }
      if (!group && context.kpop && /^[\p{Lu}\p{N}]{2,}$/u.test(words[0]!) && !STOP.has(words[0]!))
        group = words[0];
      if (!group) continue;
      const member = nameBefore(line, m.index, 3);
      if (!member) continue;
      const known = context.known(member.name);
      if (
        known
          ? known.kind !== 'person'
          : member.name
              .split(' ')
              .some(
                (w) =>
                  isEnglishWord(w) && !line.names.some((n) => n.sure && n.text === member.name),
              )
      )
        continue;
      found.push({
        name: member.name,
        kind: 'person',
        rule: 'member-of',
        line: line.line,
        start: member.start,
        end: member.end,
        memberOf: group,
      });
    }
    return found;
  },
};
