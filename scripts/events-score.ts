// npm run events:score [-- --corpus events-holdout]
// Runs the pipeline (parse, tag, cluster) on an event corpus (tests/fixtures/<corpus>/:
// seeds/ and key.json; the default is the development set, tests/fixtures/events) and prints
// pairwise precision, recall and F1 over the key's labelled pairs and over every pair its
// events imply, then the wrong joins, then the missed pairs.
import { scoreEventCorpus } from './lib/event-corpus.ts';
import type { Figures, PairOutcome } from '../src/content/events/score.ts';
import { option } from './lib/cli.ts';

const name = option('corpus') ?? 'events';
const { score, ms, corpus } = await scoreEventCorpus(name);

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const line = (label: string, f: Figures) =>
  `  ${label.padEnd(16)} precision ${pct(f.precision)}  recall ${pct(f.recall)}  F1 ${pct(f.f1)}  (${f.truePairs} joined right, ${f.falsePairs} wrong, ${f.missedPairs} missed)`;
const pairs = (title: string, list: PairOutcome[]) =>
  list.length
    ? [`${title} (${list.length}):`, ...list.map((p) => `  [${p.kind}] ${p.a}\n      ${p.b}`)]
    : [`${title}: none`];
const multi = corpus.events.filter((e) => e.slugs.length > 1).length;
const lines = [
  `Event score on tests/fixtures/${name} (${corpus.articles.length} stories, ${corpus.events.length} events, ${multi} with more than one report; pipeline ${ms.toFixed(0)} ms)`,
  line('labelled pairs', score.labelled),
  line('implied pairs', score.implied),
  '',
  ...pairs('Wrong joins', score.wrongJoins),
  '',
  ...pairs('Missed', score.missed),
];
if (score.unknown.length)
  lines.push('', 'Headlines of the key no story has:', ...score.unknown.map((t) => `  ${t}`));
process.stdout.write(`${lines.join('\n')}\n`);
