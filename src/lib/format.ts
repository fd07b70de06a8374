export const formatReadingTime = (minutes: number) =>
  `${Math.max(1, Math.round(minutes))} min read`;

/** "1,234 stories". Grouped by hand: toLocaleString loads ICU data on first use (compare-names.ts). */
export const formatCount = (count: number, one: string, many = `${one}s`) =>
  `${String(count).replace(/\B(?=(\d{3})+$)/g, ',')} ${count === 1 ? one : many}`;

/** "A, B and C" (or "A, B or C"): for headings and announcements that name a filter. */
export function formatList(items: readonly string[], word = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}
