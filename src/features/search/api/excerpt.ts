// Pagefind's excerpts are HTML: the story text escaped, the matched words in <mark>.
// Parsed into text pieces so React renders them as text (no innerHTML, nothing to trust).

export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export const decodeEntities = (html: string) =>
  html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });

export const parseExcerpt = (html: string): ExcerptPiece[] =>
  html
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const marked = part.startsWith('<mark>');
      const inner = marked ? part.slice(6, -7) : part;
      // Anything else tag-like is dropped: an excerpt is text.
      return { text: decodeEntities(inner.replace(/<[^>]*>/g, '')), marked };
    })
    .filter((p) => p.text);

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
