// An unquoted title right after its kind word: "the drama Queen of Tears", "the webtoon
// Lookism", "tvN's new series Jeong Nyeon", "the album Golden", "title track Supernova".
import { KIND_WORDS, hasWord, titleWordsAt } from './phrases.ts';
import type { Discovery, DiscoveryRule } from './rule.ts';

const KIND =
  /\b(drama|series|film|movie|webtoon|sitcom|documentary|variety show|show|album|mini album|EP|single|song|title track|OST|track|comedy|thriller|romance|melodrama|sageuk|unit|subunit|sub-unit|boy group|girl group|supergroup|trio|duo|band)[ \t]+(?=[\p{Lu}\p{N}])/gu;
const KIND_TOKENS = new Set(
  'drama series film movie webtoon sitcom documentary show album ep single song track ost comedy thriller romance melodrama sageuk unit subunit sub group supergroup trio duo band'.split(
    ' ',
  ),
);
const GROUP_WORDS = new Set([
  'unit',
  'subunit',
  'sub-unit',
  'boy group',
  'girl group',
  'supergroup',
  'trio',
  'duo',
  'band',
]);
export const kindTitle: DiscoveryRule = {
  name: 'kind-title',
  find: (line, context) => {
    if (line.titleCase || !hasWord(line, KIND_TOKENS)) return [];
    const found: Discovery[] = [];
    for (const m of line.text.matchAll(KIND)) {
      const at = m.index + m[0].length;
      const name = titleWordsAt(line.text, at);
      if (!name) continue;
      const known = context.known(name);
      // A person right after "the film" is its star ("the film Parasite" is not that).
      if (known && (known.kind === 'person' || known.kind === 'group' || known.kind === 'org'))
        continue;
      if (line.names.some((n) => n.sure && n.start === at)) continue;
      const word = m[1]!.toLowerCase();
      const kind = GROUP_WORDS.has(word)
        ? 'group'
        : (KIND_WORDS[word.split(' ').at(-1)!] ?? (word.includes('show') ? 'show' : 'song'));
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
