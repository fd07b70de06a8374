// "Project Seoul (working title)", "'Jeong Nyeon' (literal title)": a title the text
// marks as one. The kind comes from the sentence, a show when it does not say.
import { QUOTED } from './phrases.ts';
import { kindsAround } from './quoted-title.ts';
import type { DiscoveryRule } from './rule.ts';

const MARK =
  /[ \t]*\((?:working|literal|tentative|translated|English|Korean|original|temporary)[ \t]+(?:title|translation)\)/gi;
const TITLE_WORDS =
  /((?:[\p{Lu}\p{N}][\p{L}\p{N}’'!?:&-]*|of|the|a|an|in|on|to|and|with|for|at|from|my|your|our)(?:[ \t]+(?:[\p{Lu}\p{N}][\p{L}\p{N}’'!?:&-]*|of|the|a|an|in|on|to|and|with|for|at|from|my|your|our)){0,7})$/u;

export const markedTitle: DiscoveryRule = {
  name: 'marked-title',
  find: (line) => {
    if (!/title|translation/i.test(line.text)) return [];
    return Array.from(line.text.matchAll(MARK), (m) => {
      const from = Math.max(0, m.index - 160);
      const before = line.text.slice(from, m.index);
      const quoted = [...before.matchAll(QUOTED)].at(-1);
      let name: string | undefined;
      let start = 0;
      if (quoted && from + quoted.index + quoted[0].length === m.index) {
        const raw = quoted[1] ?? quoted[2] ?? quoted[3] ?? '';
        name = raw.trim();
        start = from + quoted.index + quoted[0].indexOf(raw);
      } else {
        const words = TITLE_WORDS.exec(before)?.[1]?.split(/[ \t]+/) ?? [];
        // A title starts with a capital: drop leading lowercase words ("the", "in").
        while (words.length && !/^[\p{Lu}\p{N}]/u.test(words[0]!)) words.shift();
        name = words.join(' ');
        start = m.index - name.length;
      }
      if (!name) return [];
      const kind = kindsAround(line, start, m.index + m[0].length).nearest ?? 'show';
      return [
        {
          name,
          kind,
          rule: 'marked-title' as const,
          line: line.line,
          start,
          end: start + name.length,
        },
      ];
    }).flat();
  },
};
