// Quoted titles whose kind word stands anywhere in the sentence: "'Golden Hour' is his
// first solo album", "the drama “Queen of Tears”", and the titles after it in a list
// ("hits like “Dynamite”, “Butter” and “Butter (Remix)”") share its kind. A quoted title
// with no kind word in its sentence takes the story's topic (a story about a drama, or
// about music), when the story has one.
import { looksLikeTitle, quotedStrings, sentenceAround } from './phrases.ts';
import { NOT_NAMES } from '../lexicon/not-names.ts';
import { STOP } from '../lexicon/stop-words.ts';
import { MEMBER_OF_BEFORE, NOT_WORK_WORDS, REFERENCE_BEFORE } from '../lexicon/not-work-words.ts';
import type { Discovery, DiscoveryRule } from './rule.ts';
import { AMBIGUOUS_KIND_WORDS, KIND_WORDS } from './kind-words.ts';
import type { TagKind } from '../../../contract/model.ts';
import type { Token } from '../../names/names.ts';

/**
 * The kind words around a quote in its sentence ("variety show" reads as a show): the
 * nearest (an ambiguous word such as "hit" or "series" only right beside it), and the
 * nearest within 16 characters of the quote, which lets a lowercase title ("rosie") count.
 */
export const kindsAround = (line: { text: string; tokens: Token[] }, from: number, to: number) => {
  const sentence = sentenceAround(line.text, from);
  let best: { kind: TagKind; distance: number } | undefined;
  let beside: { kind: TagKind; distance: number } | undefined;
  for (const t of line.tokens) {
    if (t.start < sentence.from || t.start >= sentence.to || (t.start >= from && t.start < to))
      continue;
    const kind = KIND_WORDS.get(t.norm);
    if (!kind) continue;
    const distance = t.start < from ? from - t.start : t.start - to;
    if (distance <= 16 && (!beside || distance < beside.distance)) beside = { kind, distance };
    // "a series of posts", "the hit to Main Street": such words count only right beside it.
    const limit = AMBIGUOUS_KIND_WORDS.has(t.norm) ? 16 : Infinity;
    if (distance <= limit && (!best || distance < best.distance)) best = { kind, distance };
  }
  return { nearest: best?.kind, beside: beside?.kind };
};

/** The words title case writes small: articles, short prepositions, conjunctions. */
const TITLE_CASE_MINOR: ReadonlySet<string> = new Set(
  'a an the and but or nor of in on at to for by with from as vs'.split(' '),
);

const LIST_GAP = /^[^.!?;:"“”]{0,40}$/;

/** A title that can stand on the story's topic alone: every word capitalised, not a place. */
const plainlyATitle = (title: string, clipped: boolean) => {
  const words = title.split(/\s+/);
  if (words.every((w) => NOT_NAMES.has(w) || STOP.has(w))) return false;
  const capitals = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  // Title case leaves its short words small: "Check in Hanyang," is a title every word of
  // which is capitalised but "in".
  const minor = words.filter((w, i) => i > 0 && TITLE_CASE_MINOR.has(w)).length;
  return (
    words.length <= 6 &&
    (clipped ? capitals + minor === words.length : capitals >= words.length / 2)
  );
};

export const quotedTitle: DiscoveryRule = {
  name: 'quoted-title',
  find: (line, context) => {
    if (!/[“"‘']/.test(line.text)) return [];
    const found: Discovery[] = [];
    let previous: { kind: TagKind; end: number } | undefined;
    for (const q of quotedStrings(line.text)) {
      // "solo concert "Stargraphy"", "Westlake's novel "The Ax"": named, but no work of ours.
      const before = /([\p{L}-]+)\W*$/u.exec(line.text.slice(Math.max(0, q.start - 24), q.start));
      const lead = line.text.slice(Math.max(0, q.start - 30), q.start - 1);
      if (
        (before &&
          NOT_WORK_WORDS.has(before[1]!.toLowerCase()) &&
          !/\bweb\s+novel/i.test(line.text.slice(Math.max(0, q.start - 30), q.start))) ||
        (REFERENCE_BEFORE.test(lead) && !context.known(q.title))
      ) {
        previous = undefined;
        continue;
      }
      const around = kindsAround(line, q.start, q.end);
      if (!looksLikeTitle(q.title, !!around.beside)) {
        previous = undefined;
        continue;
      }
      const known = context.known(q.title);
      const gap = previous
        ? line.text.slice(previous.end, q.start).replace(/[“"‘']$/, '')
        : undefined;
      const listed =
        gap !== undefined && LIST_GAP.test(gap) && /,|\band\b|&/.test(gap)
          ? previous?.kind
          : undefined;
      const byEvidence =
        (known && known.kind !== 'person' ? known.kind : undefined) ?? around.nearest ?? listed;
      // A line that is one quote and nothing else is someone speaking (a fan's reply, a line
      // of dialogue: “Yoon Ha Yeon was amazing”), not a sentence that names a work: the
      // story's topic does not make it a title.
      const wholeLine =
        /^\W*$/u.test(line.text.slice(0, q.start)) && /^\W*$/u.test(line.text.slice(q.quoteEnd));
      const kind =
        byEvidence ??
        (context.topic && !wholeLine && plainlyATitle(q.title, q.clipped)
          ? context.topic
          : undefined);
      previous = kind ? { kind, end: q.quoteEnd } : undefined;
      if (kind && kind !== 'group' && !known && MEMBER_OF_BEFORE.test(lead)) continue;
      if (kind)
        found.push({
          name: q.title,
          kind,
          rule: 'quoted-title',
          line: line.line,
          start: q.start,
          end: q.end,
        });
    }
    return found;
  },
};
