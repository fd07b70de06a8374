// "Kim Ji-soo, also known as Jisoo", "Rain (real name Jung Ji-hoon)", "V, whose real
// name is Kim Tae-hyung": two names of one person.
import { nameAt, nameBefore } from './phrases.ts';
import type { Discovery, DiscoveryRule } from './rule.ts';

const MARKERS = [
  /,?[ \t]+(?:also|better|professionally)[ \t]+known[ \t]+as[ \t]+/g,
  /[ \t]*\((?:real|legal|birth)[ \t]+name(?::|[ \t]+is)?[ \t]+/g,
  /,?[ \t]+whose[ \t]+(?:real|legal|birth)[ \t]+name[ \t]+is[ \t]+/g,
  /,[ \t]+real[ \t]+name[ \t]+(?=[\p{Lu}])/gu,
];

export const alsoKnownAs: DiscoveryRule = {
  name: 'also-known-as',
  find: (line) => {
    if (!/known as|real name|legal name|birth name/.test(line.text)) return [];
    const found: Discovery[] = [];
    for (const marker of MARKERS) {
      for (const m of line.text.matchAll(marker)) {
        const left = nameBefore(line, m.index, 3);
        const right = nameAt(line, m.index + m[0].length, 3);
        if (!left || !right || right.start !== m.index + m[0].length) continue;
        found.push({
          name: left.name,
          kind: 'person',
          rule: 'also-known-as',
          line: line.line,
          start: left.start,
          end: left.end,
          alias: right.name,
        });
      }
    }
    return found;
  },
};
