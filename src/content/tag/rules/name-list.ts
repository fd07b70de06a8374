// A list of people where some are Korean names (or known people beside one): the other
// names in it are people too ("Ryeoun, Lee Jun-young and Yoo Su-bin join the cast").
import { isEnglishWord } from '../english-words.ts';
import { NOT_NAMES } from '../lexicon/not-names.ts';
import { STOP } from '../lexicon/stop-words.ts';
import type { Discovery, DiscoveryRule, RuleLine } from './rule.ts';

const SEPARATOR = /,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+/g;
const NAME = String.raw`\p{Lu}[\p{L}\p{M}’'.-]*(?:[ \t]\p{Lu}[\p{L}\p{M}’'.-]*){0,2}`;
const WHOLE = new RegExp(`^${NAME}$`, 'u');
const TRAILING = new RegExp(`${NAME}$`, 'u');
const LEADING = new RegExp(`^${NAME}(?=[ \\t]+\\p{Ll}|[.;:!?]|$)`, 'u');

interface Item {
  name: string;
  start: number;
  end: number;
}

/** Runs of names separated by commas and "and": inner parts whole names, the ends trimmed. */
const lists = (line: RuleLine) => {
  const parts: { text: string; start: number }[] = [];
  let last = 0;
  for (const m of line.text.matchAll(SEPARATOR)) {
    parts.push({ text: line.text.slice(last, m.index), start: last });
    last = m.index + m[0].length;
  }
  parts.push({ text: line.text.slice(last), start: last });
  const runs: Item[][] = [];
  let run: Item[] = [];
  const close = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  parts.forEach((p, i) => {
    const whole = WHOLE.exec(p.text);
    if (whole && run.length) {
      run.push({ name: whole[0], start: p.start, end: p.start + whole[0].length });
      return;
    }
    const leading = run.length ? LEADING.exec(p.text) : null;
    if (leading) run.push({ name: leading[0], start: p.start, end: p.start + leading[0].length });
    close();
    const trailing = i < parts.length - 1 ? TRAILING.exec(p.text) : null;
    if (trailing)
      run = [{ name: trailing[0], start: p.start + trailing.index, end: p.start + p.text.length }];
  });
  close();
  return runs;
};

export const nameList: DiscoveryRule = {
  name: 'name-list',
  find: (line, context) => {
    if (line.titleCase || !line.names.some((n) => n.sure) || !/,| and /.test(line.text)) return [];
    const found: Discovery[] = [];
    for (const run of lists(line)) {
      const isPerson = (n: Item) =>
        context.known(n.name)?.kind === 'person' ||
        line.names.some((k) => k.sure && k.start === n.start && k.end === n.end);
      const people = run.filter((n) => !/['’]s\b/u.test(n.name) && isPerson(n));
      if (people.length < Math.max(1, run.length / 2)) continue;
      for (const n of run) {
        if (people.includes(n) || context.known(n.name) || /['’]s\b/u.test(n.name)) continue;
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
