// Quoted titles in a headline: the kind word nearest the title decides
// ("“All of Us Are Dead” Director ..." is a show, "‘Seven’ ... Most-Streamed Songs" a song).
import { QUOTED, looksLikeTitle } from './phrases.ts';
import type { DiscoveryRule } from './rule.ts';
import type { TagKind } from '../../model.ts';

const SHOW = new Set('drama dramas series show film movie webtoon sitcom documentary director season episode cast actor actress viewers netflix ratings premiere'.split(' '));
const SONG = new Set('song songs single track hit hits ballad ost anthem mv chart charts streams streamed spotify billboard music comeback'.split(' '));
const ALBUM = new Set('album albums ep mini-album'.split(' '));
const kindOf = (w: string): TagKind | undefined =>
  SHOW.has(w) ? 'show' : SONG.has(w) ? 'song' : ALBUM.has(w) ? 'album' : undefined;

export const headlineTitle: DiscoveryRule = {
  name: 'headline-title',
  find: (line) => {
    if (!line.isTitle) return [];
    return Array.from(line.text.matchAll(QUOTED), (m) => {
      const raw = m[1] ?? m[2] ?? m[3] ?? '';
      const name = raw.trim();
      if (!looksLikeTitle(name) || /:\s*$/.test(line.text.slice(0, m.index))) return [];
      const end = m.index + m[0].length;
      const distance = (t: { start: number }) => Math.abs(t.start - m.index);
      const kinded = line.tokens
        .map((t) => ({ t, kind: kindOf(t.norm) }))
        .filter((x) => x.kind && (x.t.start < m.index || x.t.start >= end))
        .sort((a, b) => distance(a.t) - distance(b.t));
      const kind = kinded[0]?.kind;
      const start = m.index + m[0].indexOf(raw);
      return kind ? [{ name, kind, rule: 'headline-title', line: line.line, start, end: start + name.length }] : [];
    }).flat();
  },
};
