// Unquoted titles in a list after a kind word: "dramas such as Goblin, Reply 1988 and
// Signal", "films including Parasite and Burning", "hit songs like Ditto and OMG".
import { KIND_WORDS } from './phrases.ts';
import type { Discovery, DiscoveryRule } from './rule.ts';

const LIST = /\b(dramas|series|films|movies|webtoons|shows|songs|singles|hits|tracks|albums|works|projects|titles)[ \t]+(?:such[ \t]+as|like|including|as[ \t]+well[ \t]+as)[ \t]+([^.;!?()]+)/giu;
const ITEM = /^[\p{Lu}\p{N}][\p{L}\p{N}’'!?:&.-]*(?:[ \t]+(?:[\p{Lu}\p{N}][\p{L}\p{N}’'!?:&.-]*|of|the|a|an|in|on|to|and|with|for|at|from|my|your|our)){0,6}/u;
const SMALL_END = /(?:[ \t]+(?:of|the|a|an|in|on|to|and|with|for|at|from|my|your|our))+$/;

export const titleList: DiscoveryRule = {
  name: 'title-list',
  find: (line) => {
    if (!/such as|like|including|as well as/i.test(line.text)) return [];
    const found: Discovery[] = [];
    for (const m of line.text.matchAll(LIST)) {
      const word = m[1]!.toLowerCase();
      const kind = KIND_WORDS[word] ?? 'show';
      const listStart = m.index + m[0].length - m[2]!.length;
      // Items split on commas and a final "and"/"or"; the list ends at the first item
      // that is not a title (lowercase prose after it).
      const parts = m[2]!.split(/(,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+and[ \t]+|[ \t]+or[ \t]+)/);
      let offset = listStart;
      for (let i = 0; i < parts.length; i += 2) {
        const raw = parts[i]!;
        const text = raw.trim().replace(/^[“"‘']|[”"’']$/g, '');
        const item = ITEM.exec(text)?.[0].replace(SMALL_END, '').replace(/[.,:]$/, '');
        if (!item) break;
        const start = offset + raw.indexOf(item);
        found.push({ name: item, kind, rule: 'title-list', line: line.line, start, end: start + item.length });
        // Prose after the title ends the list: "... and Signal before that".
        if (text.slice(item.length).trim()) break;
        offset += raw.length + (parts[i + 1]?.length ?? 0);
      }
    }
    return found;
  },
};
