// Unquoted titles in a list after a kind word: "dramas such as Goblin, Reply 1988 and
// Signal", "films including Parasite and Burning", "hit songs like Ditto and OMG".
import { KIND_WORDS, titleListAt } from './phrases.ts';
import type { DiscoveryRule } from './rule.ts';

const LIST =
  /\b(dramas|series|films|movies|webtoons|shows|songs|singles|hits|tracks|albums|works|projects|titles|adaptations)[ \t]+(?:such[ \t]+as|like|including|as[ \t]+well[ \t]+as)[ \t]+|\b(dramas|series|films|movies|webtoons|shows|songs|singles|hits|albums|adaptations),[ \t]+(?:such[ \t]+as|like|including)[ \t]+/giu;

export const titleList: DiscoveryRule = {
  name: 'title-list',
  find: (line, context) => {
    if (!/such as|like|including|as well as/i.test(line.text)) return [];
    return Array.from(line.text.matchAll(LIST), (m) => {
      const word = (m[1] ?? m[2]!).toLowerCase();
      const kind = KIND_WORDS[word] ?? context.topic ?? 'show';
      return titleListAt(line.text, m.index + m[0].length, context.known)
        .filter((item) => !line.names.some((n) => n.sure && n.start === item.start))
        .map((item) => ({
          name: item.name,
          kind,
          rule: 'title-list',
          line: line.line,
          start: item.start,
          end: item.start + item.name.length,
        }));
    }).flat();
  },
};
