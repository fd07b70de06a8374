// An unquoted title right after its kind word: "the drama Queen of Tears", "the webtoon
// Lookism", "tvN's new series Jeong Nyeon", "the album Golden", "title track Supernova".
import { KIND_WORDS } from './phrases.ts';
import type { Discovery, DiscoveryRule } from './rule.ts';

const KIND = /\b(drama|series|film|movie|webtoon|sitcom|documentary|variety show|show|album|mini album|EP|single|song|title track|OST|track)[ \t]+(?=[\p{Lu}\p{N}])/gu;
const SMALL = new Set('of the a an in on to and with for at from my your our is'.split(' '));
const WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}’'!?&-]*$/u;

/** The title words from `at`: capitalised words and small words between them. */
const titleAt = (text: string, at: number) => {
  const words = text.slice(at).split(/[ \t]+/);
  const kept: string[] = [];
  for (const w of words.slice(0, 8)) {
    const clean = w.replace(/[,.;:)’']+$|['’]s$/u, '');
    if (WORD.test(clean)) kept.push(clean);
    else if (SMALL.has(w)) kept.push(w);
    else break;
    if (clean !== w) break;
  }
  while (kept.length && SMALL.has(kept.at(-1)!)) kept.pop();
  return kept.join(' ');
};

export const kindTitle: DiscoveryRule = {
  name: 'kind-title',
  find: (line, context) => {
    if (line.titleCase) return [];
    const found: Discovery[] = [];
    for (const m of line.text.matchAll(KIND)) {
      const at = m.index + m[0].length;
      const name = titleAt(line.text, at);
      if (!name) continue;
      const known = context.known(name);
      // A person right after "the film" is its star ("the film Parasite" is not that).
      if (known && (known.kind === 'person' || known.kind === 'group' || known.kind === 'org')) continue;
      if (line.names.some((n) => n.sure && n.start === at)) continue;
      const kind = KIND_WORDS[m[1]!.split(' ').at(-1)!.toLowerCase()] ?? (m[1]!.toLowerCase().includes('show') ? 'show' : 'song');
      found.push({ name, kind, rule: 'kind-title', line: line.line, start: at, end: at + name.length });
    }
    return found;
  },
};
