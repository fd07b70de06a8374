// A list of people that a plural noun introduces: "The nine members were picked through the
// show: Steven, Seo Jeong-woo and JL"; "the singing voices belong to three artists: EJAE,
// Audrey Nuna and Rei Ami"; "The eight members confirmed on the finale are Lee Sang-won, who
// finished first, Zhou Anxin, ...". The sentence says they are people, whatever their names
// look like. Members take their group as the new-act rule's do (discover.ts).
import { membersAt } from './new-act.ts';
import { hasWord } from './phrases.ts';
import type { Discovery, DiscoveryRule } from './rule.ts';

const MEMBER_NOUNS = /^(?:members|line-?up|lineup)$/i;
const NOUNS = new Set(
  'members lineup line up artists singers actors actresses cast trainees finalists contestants participants hosts mcs performers guests winners idols rappers vocalists comedians'.split(
    ' ',
  ),
);
const OPENER = new RegExp(
  String.raw`\b(members|line-?up|artists|singers|actors|actresses|cast|trainees|finalists|contestants|participants|hosts|MCs|performers|guests|winners|idols|rappers|vocalists|comedians)\b([^.:;!?]{0,160}?)(?::[ \t]+|[ \t]+(?:are|were|include|included|including)[ \t]+)(?=\p{Lu})`,
  'gu',
);

export const peopleList: DiscoveryRule = {
  name: 'people-list',
  find: (line) => {
    if (line.titleCase || !hasWord(line, NOUNS)) return [];
    const found: Discovery[] = [];
    for (const m of line.text.matchAll(OPENER)) {
      // "members of TWICE are ..." names its group: the new-act rule reads that one.
      if (/\bof\b/.test(m[2]!)) continue;
      const members = MEMBER_NOUNS.test(m[1]!);
      found.push(
        ...membersAt(line, m.index + m[0].length, undefined, members ? 'new-act' : 'people-list'),
      );
    }
    return found;
  },
};
