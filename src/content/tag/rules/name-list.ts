// A list of people where some are Korean names (or known people beside one): the other
// names in it are people too ("Ryeoun, Lee Jun-young and Yoo Su-bin join the cast").
import { isEnglishWord } from '../english-words.ts';
import { NOT_NAMES, STOP, nameAt } from './phrases.ts';
import type { Discovery, DiscoveryRule, RuleLine } from './rule.ts';

const SEPARATOR = /^(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)/;

/** The runs of names separated by commas and "and" on a line. */
const lists = (line: RuleLine) => {
  const runs: { name: string; start: number; end: number }[][] = [];
  let pos = 0;
  while (pos < line.text.length) {
    const next = line.text.slice(pos).search(/\p{Lu}/u);
    if (next < 0) break;
    let at = pos + next;
    const run: { name: string; start: number; end: number }[] = [];
    for (;;) {
      const name = nameAt(line, at, 3);
      if (!name || name.start !== at) break;
      run.push(name);
      const sep = SEPARATOR.exec(line.text.slice(name.end));
      if (!sep || !/^\p{Lu}/u.test(line.text.slice(name.end + sep[0].length))) break;
      at = name.end + sep[0].length;
    }
    if (run.length >= 2) runs.push(run);
    pos = (run.at(-1)?.end ?? at) + 1;
  }
  return runs;
};

export const nameList: DiscoveryRule = {
  name: 'name-list',
  find: (line, context) => {
    if (line.titleCase || !line.names.some((n) => n.sure) || !/,| and /.test(line.text)) return [];
    const found: Discovery[] = [];
    for (const run of lists(line)) {
      const people = run.filter(
        (n) =>
          context.known(n.name)?.kind === 'person' ||
          line.names.some((k) => k.sure && k.start === n.start && k.end === n.end),
      );
      if (people.length < Math.max(1, run.length / 2)) continue;
      for (const n of run) {
        if (people.includes(n) || context.known(n.name)) continue;
        const words = n.name.split(' ');
        if (
          words.length > 2 ||
          words.some((w) => isEnglishWord(w) || NOT_NAMES.has(w) || STOP.has(w))
        )
          continue;
        found.push({
          name: n.name,
          kind: 'person',
          rule: 'name-list',
          line: line.line,
          start: n.start,
          end: n.end,
        });
      }
    }
    return found;
  },
};
