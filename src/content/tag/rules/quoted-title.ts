// Quoted titles whose kind word stands anywhere in the sentence: "'Golden Hour' is his
// first solo album", "the drama “Queen of Tears”", and the titles after it in a list
// ("hits like “Dynamite”, “Butter” and “Butter (Remix)”") share its kind.
import { KIND_WORDS, QUOTED, looksLikeTitle, sentenceAround } from './phrases.ts';
import type { Discovery, DiscoveryRule } from './rule.ts';
import type { TagKind } from '../../model.ts';
import { tokenize } from '../names.ts';

/** The kind word nearest the quote in its sentence ("variety show" reads as a show). */
export const kindNear = (text: string, from: number, to: number) => {
  const sentence = sentenceAround(text, from);
  let best: { kind: TagKind; distance: number } | undefined;
  for (const t of tokenize(sentence.text)) {
    const start = sentence.from + t.start;
    if (start >= from && start < to) continue;
    const kind = KIND_WORDS[t.norm];
    if (!kind) continue;
    const distance = start < from ? from - start : start - to;
    if (!best || distance < best.distance) best = { kind, distance };
  }
  return best?.kind;
};

const LIST_GAP = /^[^.!?;:"“”]{0,40}$/;

export const quotedTitle: DiscoveryRule = {
  name: 'quoted-title',
  find: (line, context) => {
    if (!/[“"‘']/.test(line.text)) return [];
    const found: Discovery[] = [];
    let previous: { kind: TagKind; end: number } | undefined;
    for (const m of line.text.matchAll(QUOTED)) {
      const raw = m[1] ?? m[2] ?? m[3] ?? '';
      const title = raw.trim();
      const end = m.index + m[0].length;
      if (!looksLikeTitle(title)) {
        previous = undefined;
        continue;
      }
      const known = context.known(title);
      const gap = previous ? line.text.slice(previous.end, m.index) : undefined;
      const listed = gap !== undefined && LIST_GAP.test(gap) && /,|\band\b|&/.test(gap) ? previous?.kind : undefined;
      const kind = (known && known.kind !== 'person' ? known.kind : undefined) ?? kindNear(line.text, m.index, end) ?? listed;
      previous = kind ? { kind, end } : undefined;
      const start = m.index + m[0].indexOf(raw) + (raw.length - raw.trimStart().length);
      if (kind) found.push({ name: title, kind, rule: 'quoted-title', line: line.line, start, end: start + title.length });
    }
    return found;
  },
};
