// "Park Min-young and Na In-woo lead the drama": a Korean personal name by its shape
// alone, no role word needed (see ../korean-name-spans.ts for the guards).
import { quotedStrings } from './phrases.ts';
import type { DiscoveryRule } from './rule.ts';

/** Spans of whole quoted titles on the line: a name there is a title ("Kim Ji-young, Born 1982"). */
const quotedSpans = (text: string) =>
  quotedStrings(text).map((q) => [q.start - 1, q.quoteEnd] as const);

export const koreanName: DiscoveryRule = {
  name: 'korean-name',
  find: (line) => {
    const sure = line.names.filter((n) => n.sure);
    if (!sure.length) return [];
    const quotes = quotedSpans(line.text).filter(([a, b]) => b - a < 50);
    return sure
      .filter((n) => !quotes.some(([a, b]) => n.start > a && n.end < b))
      .map((n) => ({
        name: n.text,
        kind: 'person' as const,
        rule: 'korean-name',
        line: line.line,
        start: n.start,
        end: n.end,
      }));
  },
};
