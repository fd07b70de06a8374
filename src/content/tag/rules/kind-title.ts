// An unquoted title right after its kind word: "the drama Queen of Tears", "the webtoon
// Lookism", "tvN's new series Jeong Nyeon", "the album Golden", "title track Supernova".
import { BEFORE_TITLE_WORDS, KIND_FIRST_WORDS, KIND_VOCABULARY } from './kind-words.ts';
import { hasWord, titleWordsAt } from './phrases.ts';
import type { Discovery, DiscoveryRule } from './rule.ts';

const KIND = new RegExp(
  // Lowercase as written in prose, or in capitals ("EP", "OST"); a capital must follow.
  String.raw`\b(${BEFORE_TITLE_WORDS.flatMap((w) => [w, w.toUpperCase()]).join('|')})[ \t]+(?=[\p{Lu}\p{N}])`,
  'gu',
);
const DETERMINERS = new Set(
  `the a an his her their its our this new upcoming hit latest debut first second third fourth
  fifth sixth seventh eighth ninth tenth mini full special solo digital studio lead title
  romantic historical fantasy mystery korean original fictional weekend daily upcoming s
  acclaimed popular whose variety music action medical legal crime horror zombie office family
  youth teen period workplace spy revenge comedy animated independent indie feature short
  blockbuster hollywood award-winning hit historical political sci-fi noir thriller
  melodrama sageuk web mobile streaming netflix megahit smash cult classic beloved`.split(/\s+/),
);
export const kindTitle: DiscoveryRule = {
  name: 'kind-title',
  find: (line, context) => {
    if (line.titleCase || !hasWord(line, KIND_FIRST_WORDS)) return [];
    const found: Discovery[] = [];
    for (const m of line.text.matchAll(KIND)) {
      // "the drama X", "tvN's new series X", "JTBC drama X"; not "polls show X", "track X".
      const previous = line.tokens.filter((t) => t.end <= m.index).at(-1);
      const owner =
        previous &&
        (DETERMINERS.has(previous.norm) ||
          /^(?:19|20)\d\d$/.test(previous.norm) ||
          context.known(previous.raw)?.kind === 'org');
      if (!owner) continue;
      // "a single Republican vote", "the series Game 4": these kind words name a work only in
      // a story about that kind of work.
      const word = m[1]!.toLowerCase();
      const entry = KIND_VOCABULARY[word]!;
      const onTopic =
        context.topic === entry.kind ||
        (entry.kind !== 'show' && (context.topic === 'song' || context.topic === 'album'));
      if (entry.ambiguous && !onTopic && !context.kpop) continue;
      const at = m.index + m[0].length;
      const name = titleWordsAt(line.text, at);
      if (!name) continue;
      const known = context.known(name);
      // A person right after "the film" is its star ("the film Parasite" is not that).
      if (known && (known.kind === 'person' || known.kind === 'group' || known.kind === 'org'))
        continue;
      if (line.names.some((n) => n.sure && n.start === at)) continue;
      const kind = entry.kind;
      if (kind === 'group' && (name.split(' ').length > 3 || /\s\p{Ll}/u.test(name))) continue;
      found.push({
        name,
        kind,
        rule: 'kind-title',
        line: line.line,
        start: at,
        end: at + name.length,
      });
    }
    return found;
  },
};
