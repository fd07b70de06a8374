// Unquoted titles in a list after a kind word: "dramas such as Goblin, Reply 1988 and
// Signal", "films including Parasite and Burning", "hit songs like Ditto and OMG".
import { KIND_WORDS, LIST_WORDS } from './kind-words.ts';
import { titleListAt } from './phrases.ts';
import type { DiscoveryRule } from './rule.ts';

const PLURALS = LIST_WORDS.join('|');
const LIST = new RegExp(
  String.raw`\b(${PLURALS}|works|projects|titles)[ \t]+(?:such[ \t]+as|like|including|as[ \t]+well[ \t]+as)[ \t]+|\b(${PLURALS}),[ \t]+(?:such[ \t]+as|like|including)[ \t]+`,
  'giu',
);

export const titleList: DiscoveryRule = {
  name: 'title-list',
  find: (line, context) => {
    if (!/such as|like|including|as well as/i.test(line.text)) return [];
    return Array.from(line.text.matchAll(LIST), (m) => {
      const word = (m[1] ?? m[2]!).toLowerCase();
      const kind = KIND_WORDS.get(word) ?? context.topic ?? 'show';
      return titleListAt(line.text, m.index + m[0].length, context.known)
        .filter((item) => !line.names.some((n) => n.sure && n.start === item.start))
        .map((item) => ({
          name: item.name,
          kind,
          rule: 'title-list' as const,
          line: line.line,
          start: item.start,
          end: item.start + item.name.length,
        }));
    }).flat();
  },
};
