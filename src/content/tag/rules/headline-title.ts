// Quoted titles in a headline: the kind word nearest the title decides
// ("“All of Us Are Dead” Director ..." is a show, "‘Seven’ ... Most-Streamed Songs" a song).
import { looksLikeTitle, quotedStrings } from './phrases.ts';
import type { DiscoveryRule } from './rule.ts';
import { KIND_WORDS } from './kind-words.ts';
import type { TagKind } from '../../../contract/model.ts';

// Besides the kind words, headlines name a work by the words around it.
const HINTS: Record<string, TagKind> = Object.fromEntries([
  ...'director episode cast actor actress viewers netflix premiere'
    .split(' ')
    .map((w) => [w, 'show']),
  ...'chart charts streams streamed spotify billboard comeback'.split(' ').map((w) => [w, 'song']),
]);
const kindOf = (w: string): TagKind | undefined => KIND_WORDS.get(w) ?? HINTS[w];

export const headlineTitle: DiscoveryRule = {
  name: 'headline-title',
  find: (line, context) => {
    if (!line.isTitle) return [];
    return quotedStrings(line.text).flatMap((q) => {
      if (!looksLikeTitle(q.title) || /:\s*["“‘']?$/.test(line.text.slice(0, q.start))) return [];
      const distance = (t: { start: number }) => Math.abs(t.start - q.start);
      const kinded = line.tokens
        .map((t) => ({ t, kind: kindOf(t.norm) }))
        .filter((x) => x.kind && (x.t.start < q.start || x.t.start >= q.quoteEnd))
        .sort((a, b) => distance(a.t) - distance(b.t));
      const kind = kinded[0]?.kind ?? context.topic;
      return kind
        ? [
            {
              name: q.title,
              kind,
              rule: 'headline-title',
              line: line.line,
              start: q.start,
              end: q.end,
            },
          ]
        : [];
    });
  },
};
