// The tags page's find box: a name matches when it contains what was typed, whatever the
// case, accents, spaces and hyphens ("rose" finds Rosé, "namon" finds Nam On Jo).
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\s\-'’.]/g, '')
    .toLowerCase();

export const tagMatches = (name: string, query: string) => fold(name).includes(fold(query));
