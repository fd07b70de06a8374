// Artists credited on a track: "Seven (feat. Latto)", "featuring Megan Thee Stallion",
// "her duet with Bruno Mars", "performed by ECLIPSE". A name in capitals is a group.
import { isEnglishWord } from '../english-words.ts';
import { nameAt } from './phrases.ts';
import { NOT_NAMES } from '../lexicon/not-names.ts';
import type { Discovery, DiscoveryRule } from './rule.ts';

const FEATURING =
  /(?:\((?:feat|ft)\.?|\b(?:feat\.|ft\.|featuring|Featuring|duet with|collaboration with|collab with|teamed up with|team-up with|performed by|sung by|fronted by))[ \t]+(?=[\p{Lu}\p{N}])/gu;

export const featuring: DiscoveryRule = {
  name: 'featuring',
  find: (line, context) => {
    if (!/feat|ft\.|duet|collab|team|performed|sung|fronted/i.test(line.text)) return [];
    const found: Discovery[] = [];
    const music = context.topic === 'song' || context.topic === 'album' || !!context.kpop;
    for (const m of line.text.matchAll(FEATURING)) {
      // "feat." and "duet with" credit an artist anywhere; "teamed up with", "performed by"
      // only in a story about music ("teamed up with OpenAI").
      if (!music && !/feat|ft\.|featuring|duet/i.test(m[0])) continue;
      const at = m.index + m[0].length;
      const name = nameAt(line, at, 3, true);
      if (!name || name.start !== at) continue;
      const words = name.name.split(' ');
      if (words.every((w) => NOT_NAMES.has(w))) continue;
      const known = context.known(name.name);
      if (known && known.kind !== 'person' && known.kind !== 'group') continue;
      if (
        !known &&
        words.length === 1 &&
        isEnglishWord(words[0]!) &&
        !/^\p{Lu}{2,}$/u.test(words[0]!)
      )
        continue;
      const kind = known?.kind ?? (/^[\p{Lu}\p{N}&-]{2,}$/u.test(name.name) ? 'group' : 'person');
      found.push({
        name: name.name,
        kind,
        rule: 'featuring',
        line: line.line,
        start: name.start,
        end: name.end,
      });
    }
    return found;
  },
};
