// Quoted titles in a headline: the kind word nearest the title decides
// ("“All of Us Are Dead” Director ..." is a show, "‘Seven’ ... Most-Streamed Songs" a song).
import { looksLikeTitle, quotedStrings } from './phrases.ts';
import type { DiscoveryRule } from './rule.ts';
import type { TagKind } from '../../model.ts';

const SHOW = new Set(
  'drama dramas series show film movie webtoon sitcom documentary director episode cast actor actress viewers netflix premiere'.split(
    ' ',
  ),
);
const SONG = new Set(
  'song songs single track ballad ost anthem mv chart charts streams streamed spotify billboard comeback'.split(
    ' ',
  ),
);
const ALBUM = new Set('album albums ep mini-album'.split(' '));
const kindOf = (w: string): TagKind | undefined =>
  SHOW.has(w) ? 'show' : SONG.has(w) ? 'song' : ALBUM.has(w) ? 'album' : undefined;

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
