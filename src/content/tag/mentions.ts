// Phase 3 of tagging: where the knowledge's names appear in an article, as written or by
// romanization key, longest match first.
import type { KnowledgeIndex } from './knowledge-index.ts';
import { startsSentence } from './korean-name-spans.ts';
import { findNames } from './names.ts';
import { positionOf, type PreparedArticle } from './prepare.ts';

export interface Candidate {
  values: string[];
  position: number;
  line: number;
  start: number;
  end: number;
  /** A weak name (an ordinary word) where nothing says it is a name. */
  weak: boolean;
  /** A name of ordinary words ("Second Wind") at a sentence start or in a headline. */
  wordy: boolean;
  /** What follows reads as a name's ("Jin, the eldest", "Key said"). */
  nameLike: boolean;
  /** The first word of a sentence or of a Title Case headline: its capital says nothing. */
  capitalOnly: boolean;
  /** Matched by romanization key, not as written: listed for an editor. */
  byKey: boolean;
  written: string;
}

/** What follows a name, not a word: a comma, a possessive, a bracket, a reporting verb. */
const NAME_FOLLOWS =
  /^(?:,|['’]s\b|\s*\(|\s+(?:said|says|shared|revealed|posted|wrote|added|explained|told|expressed|confessed|enlisted|returned|released|debuted|joined|signed|starred|stars|sang|won|took|made|performed|appeared|showed|also|and\s+\p{Lu}))/u;

export const knownMentions = (article: PreparedArticle, index: KnowledgeIndex): Candidate[] =>
  article.lines.flatMap((l, li) => {
    const found: Candidate[] = [];
    const capitalOnly = (start: number) => l.titleCase || startsSentence(l.text, start);
    for (const m of findNames(index.names, l.tokens)) {
      const written = l.text.slice(m.start, m.end);
      // "TWICE" in capitals is the group, "Twice" at a sentence start the word.
      const allCaps =
        written.length > 1 &&
        written === written.toUpperCase() &&
        /\p{Lu}/u.test(written) &&
        !l.titleCase;
      found.push({
        values: m.values,
        position: positionOf(li, m.start),
        line: l.line,
        start: m.start,
        end: m.end,
        weak: index.weak.has(m.key) && !allCaps,
        wordy: index.wordy.has(m.key) && capitalOnly(m.start),
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
      kept.push(c);
    }
    return kept;
  });
