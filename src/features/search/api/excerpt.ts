// An excerpt is text pieces, the matched words flagged, so React renders it as text (no
// innerHTML, nothing to trust); story-excerpt.ts builds them from the story's own words.

export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

/**
 * The index reads a story as its headline then its body, so an excerpt from the start
 * begins with the headline, which the result already shows above it: that part is cut.
 */
export const withoutLeadingTitle = (pieces: ExcerptPiece[], title: string): ExcerptPiece[] => {
  const text = pieces.map((p) => p.text).join('');
  const head = text.trimStart();
  if (!head.startsWith(title)) return pieces;
  let cut = text.length - head.length + title.length;
  // The sentence mark Pagefind puts between headline and body, and the space after it.
  while (/[.\s]/.test(text[cut] ?? '')) cut++;
  const out: ExcerptPiece[] = [];
  for (const piece of pieces) {
    if (cut >= piece.text.length) {
      cut -= piece.text.length;
      continue;
    }
    out.push({ ...piece, text: piece.text.slice(cut) });
    cut = 0;
  }
  return out;
};
