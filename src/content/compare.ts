// Code-unit order, the same on every machine: localeCompare depends on the locale, and
// the output must be the same bytes wherever the build runs.
export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
