// Alphabetical order of names without the browser's collator. localeCompare and
// toLocaleString load ICU data the first time they run: 25-35 ms of one task at start-up
// on the tags and home pages (a CPU profile, docs/decisions/0011-first-paint.md), four times
// that on a slow phone. Names here are Latin, with the odd accent, curly quote or Hangul;
// for those this gives the order localeCompare gives (tests/unit/compare-names.test.ts).

/** Lower case, accents off, typographic quotes as plain ones: what the order looks at first. */
const baseOf = (name: string) => {
  const lower = name.toLowerCase();
  // The common case stays cheap: nothing to fold in plain ASCII.
  if (!/[^\x20-\x7e]/.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
};

/** Like a.localeCompare(b): by letters first, then accents, then lower case before upper. */
export function compareNames(a: string, b: string): number {
  const [x, y] = [baseOf(a), baseOf(b)];
  if (x !== y) return x < y ? -1 : 1;
  // Same letters: the unaccented, then the lower-case spelling first, as collation does.
  const [p, q] = [a.normalize('NFD'), b.normalize('NFD')];
  if (p.length !== q.length) return p.length - q.length;
  return p === q ? 0 : p > q ? -1 : 1;
}
