// Phase 3 of tagging: where the knowledge's names appear in an article, as written or by
// romanization key, longest match first.
import { initialismOf, type KnowledgeIndex } from './knowledge-index.ts';
import { startsSentence } from './korean-name-spans.ts';
import { findNames } from '../names/names.ts';
import { isGlued } from './glued.ts';
import { inVenueName } from './venue.ts';
import { looksLikeTitle, quotedStrings } from './rules/phrases.ts';
import { STOP } from './lexicon/stop-words.ts';
import { positionOf, type PreparedArticle } from './prepare.ts';

export interface Candidate {
  values: string[];
  position: number;
  line: number;
  start: number;
  end: number;
  /** A weak name (an ordinary word) where nothing says it is a name. */
  weak: boolean;
  /** Doubtful without context: a name of ordinary words ("Second Wind") at a sentence
   *  start, or a one-word name inside a longer capitalised name or a headline. */
  wordy: boolean;
  /** What follows reads as a name's ("Jin, the eldest", "Key said"). */
  nameLike: boolean;
  /** The first word of a sentence or of a Title Case headline: its capital says nothing. */
  capitalOnly: boolean;
  /** Matched by romanization key, not as written: listed for an editor. */
  byKey: boolean;
  written: string;
  /** An idol's legal name ("Choi Han-sol" of Vernon): it tags the idol only beside a
   *  relative (the group, the stage name), whatever rule found it. */
  legal?: boolean;
  /** The entities of a known name right before it as a possessive ("GOT7's Park Jin-young"):
   *  the owner says which of several people of one name the story means. */
  owner?: string[];
}

/** Between an owner's name and what it owns: "GOT7's Jinyoung". */
const POSSESSIVE_GAP = /^['’]s\s$/;

/** What follows a name, not a word: a comma, a possessive, a bracket, a reporting verb. */
const NAME_FOLLOWS =
  /^(?:,|['’]s\b|\s*\(|\s+(?:said|says|shared|revealed|posted|wrote|added|explained|told|expressed|confessed|enlisted|returned|released|debuted|joined|signed|starred|stars|sang|won|took|made|performed|appeared|showed|also|and\s+\p{Lu}))/u;

const allCapsWord = (w: string) => w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w);

/** "Jeong-nyeon" alone, written as the given name of a full Korean name the story gives. */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * The given names of the story's Korean full names ("Jeong-nyeon" of Yoon Jeong-nyeon): said
 * alone they are that person, not an entity of the knowledge with a one-word name that
 * folds the same ("Jeongnyeon", a drama), unless the full name is that entity's too.
 */
const givenNamesOf = (article: PreparedArticle, index: KnowledgeIndex) => {
  const given = new Map<string, string[]>();
  for (const l of article.lines)
    for (const n of l.names) {
      const parts = n.text.split(' ');
      const last = parts.at(-1)!;
      if (!n.sure || parts.length < 2 || !HYPHENATED_GIVEN.test(last)) continue;
      given.set(last, [...(given.get(last) ?? []), ...(index.korean.get(n.key) ?? [])]);
    }
  return given;
};

export const knownMentions = (article: PreparedArticle, index: KnowledgeIndex): Candidate[] => {
  const given = givenNamesOf(article, index);
  const someoneElses = (c: Candidate) => {
    const owners = given.get(c.written);
    return !!owners && !c.values.some((v) => owners.includes(v));
  };
  return namesInLines(article, index)
    .filter((c) => !someoneElses(c) && !inLongerTitle(article, c))
    .map((c) => (index.contextualName(c.written) ? { ...c, legal: true } : c));
};

/**
 * A name inside a longer quoted title is a word of that title: "SEVENTEEN in CARAT LAND" is a
 * fan meeting, "Rain Garden" a drama, neither the group nor the singer.
 */
const inLongerTitle = (article: PreparedArticle, c: Candidate) => {
  const text = article.lines.find((l) => l.line === c.line)?.text ?? '';
  return quotedStrings(text).some(
    (q) =>
      q.start <= c.start &&
      c.end <= q.end &&
      // "Seven (feat. Latto)" is still "Seven": a bracket at the end is a credit, not the title.
      q.start + q.title.replace(/\s*\([^()]*\)$/, '').length > c.end - (c.start - q.start) &&
      q.title.split(/\s+/).length <= 6 &&
      looksLikeTitle(q.title),
  );
};

const namesInLines = (article: PreparedArticle, index: KnowledgeIndex): Candidate[] =>
  article.lines.flatMap((l, li) => {
    const found: Candidate[] = [];
    const capitalOnly = (start: number) => l.titleCase || startsSentence(l.text, start);
    for (const m of findNames(index.names, l.tokens)) {
      if (isGlued(l.text, m.start, m.end) || inVenueName(l.text, m.end)) continue;
      const written = l.text.slice(m.start, m.end);
      const letters = index.initialisms.get(m.key);
      if (letters && !letters.has(initialismOf(written))) continue;
      // A one-word name inside a longer capitalised name ("Lisa Su", "Tropical Storm Irene")
      // is someone else's name unless the story ties it to its entity.
      const i = m.token;
      const before = l.tokens[i - 1];
      const after = l.tokens[i + 1];
      const glued = (a: { end: number } | undefined, b: { start: number } | undefined) =>
        !!a && !!b && l.text.slice(a.end, b.start) === ' ';
      const capital = (t: { raw: string } | undefined) =>
        !!t && t.raw[0] !== t.raw[0]!.toLowerCase() && !STOP.has(t.raw);
      // In a Title Case headline every neighbour is capitalised: a one-word name there
      // needs the story to tie it to its entity too.
      const inLongerName =
        !m.key.includes(' ') &&
        !allCapsWord(written) &&
        (l.titleCase ||
          (capital(before) && glued(before, l.tokens[i]) && !capitalOnly(before!.start)) ||
          (capital(after) && glued(l.tokens[i], after)));
      // "TWICE" in capitals is the group, "Twice" at a sentence start the word.
      const allCaps = allCapsWord(written) && !l.titleCase;
      found.push({
        values: m.values,
        position: positionOf(li, m.start),
        line: l.line,
        start: m.start,
        end: m.end,
        weak: index.weak.has(m.key) && !allCaps,
        wordy: (index.wordy.has(m.key) && capitalOnly(m.start)) || inLongerName,
        nameLike: NAME_FOLLOWS.test(l.text.slice(m.end, m.end + 24)),
        capitalOnly: capitalOnly(m.start),
        byKey: false,
        written,
      });
    }
    for (const span of l.names) {
      const ids = index.korean.get(span.key);
      if (!ids) continue;
      const same = found.find((c) => c.start === span.start && c.end === span.end);
      if (same) continue;
      found.push({
        values: ids,
        position: positionOf(li, span.start),
        line: l.line,
        start: span.start,
        end: span.end,
        weak: index.weakKorean.has(span.key),
        wordy: false,
        nameLike: true,
        capitalOnly: capitalOnly(span.start),
        byKey: true,
        written: span.text,
      });
    }
    // Longest first; a match inside a longer one is dropped, and so is a match inside a
    // Korean name the knowledge lacks ("Bae" in "Bae In-hyuk" is not the idol Bae).
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Candidate[] = [];
    for (const c of found) {
      const last = kept.at(-1);
      if (last && c.start < last.end) continue;
      if (
        !c.byKey &&
        l.names.some(
          (n) =>
            n.sure && n.start <= c.start && n.end >= c.end && n.end - n.start > c.end - c.start,
        )
      )
        continue;
      const before = kept.at(-1);
      if (before && POSSESSIVE_GAP.test(l.text.slice(before.end, c.start))) c.owner = before.values;
      kept.push(c);
    }
    return kept;
  });
