// npm run tags:score [-- --corpus dev+dev-2026|holdout|...] [--details]
// Runs the tagger on a corpus with answer keys (several joined by + are built together as one
// site; the default is the whole development corpus) and prints must and should recall,
// split entities, tags on traps, junk tags (naming no entity of their story) and tag-page
// precision, worst pages first. --details lists every miss and every bad tag.
import { percent, tagPagePrecision } from '../src/content/tag/score.ts';
import { scoreTagCorpus } from './lib/tag-corpus.ts';
import { flag, option } from './lib/cli.ts';

const DEVELOPMENT = 'dev+dev-2026';
const name = option('corpus') ?? DEVELOPMENT;
const details = flag('details');

const { score, ms } = await scoreTagCorpus(name);
const pct = (n: number, d: number) => `${percent(n, d).toFixed(1)} % (${n}/${d})`;
const lines = [
  `Tag score on tests/fixtures/tag-corpus/${name.split('+').join(' + ')} built as one site (${score.articles} articles, pipeline ${ms.toFixed(0)} ms)`,
  `  must recall     ${pct(score.must.found, score.must.total)}`,
  `  should recall   ${pct(score.should.found, score.should.total)}`,
  `  split entities  ${score.split.length}`,
  `  false tags      ${score.falseTags.length} (tags on trap words)`,
  `  junk tags       ${pct(score.junk.length, score.tags)} of all tags`,
  `  tag-page precision ${tagPagePrecision(score.pages).toFixed(1)} % (mean of ${score.pages.length} tag pages)`,
  ...score.pages
    .filter((p) => p.right < p.stories)
    .slice(0, details ? undefined : 8)
    .map((p) => `    ${p.name} (${p.id}): ${p.right}/${p.stories} stories name it`),
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
