// npm run tags:score [-- --corpus dev|holdout] [--details]
// Runs the tagger on a corpus with answer keys and prints must and should recall, split
// entities, tags on traps and junk tags. --details lists every miss and every bad tag.
import { percent } from '../src/content/tag/score.ts';
import { scoreTagCorpus } from './lib/tag-corpus.ts';
import { flag, option } from './lib/cli.ts';

const name = option('corpus') ?? 'dev';
const details = flag('details');

const { score, ms } = await scoreTagCorpus(name);
const pct = (n: number, d: number) => `${percent(n, d).toFixed(1)} % (${n}/${d})`;
const lines = [
  `Tag score on tests/fixtures/tag-corpus/${name} (${score.articles} articles, pipeline ${ms.toFixed(0)} ms)`,
  `  must recall     ${pct(score.must.found, score.must.total)}`,
  `  should recall   ${pct(score.should.found, score.should.total)}`,
  `  split entities  ${score.split.length}`,
  `  false tags      ${score.falseTags.length} (tags on trap words)`,
  `  junk tags       ${pct(score.junk.length, score.tags)} of all tags`,
];
if (details) {
  const list = (title: string, items: string[]) =>
    items.length && lines.push('', `${title}:`, ...items.map((i) => `  ${i}`));
  list('Missed (must)', score.missedMust);
  list('Missed (should)', score.missedShould);
  list('Split', score.split);
  list('False tags', score.falseTags);
  list('Junk tags', score.junk);
}
process.stdout.write(`${lines.join('\n')}\n`);
