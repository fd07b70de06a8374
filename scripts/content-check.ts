// npm run content:check [-- --json | --suggest | --tags] [--seeds DIR]
// Validates the seeds with the same pipeline the build runs. Prints a summary for an
// editor, ending with the events of more than one report and how each report joined; with
// --json only the articles as JSON on stdout (each tag with its evidence, and the story's
// `event`: the id of its event, the slug of its first report); with --suggest registry
// entries for the discovered names, ready to paste into seeds/entities.json; with --tags
// every story's tags and what made each. Exit 1 on invalid seeds.
// Warnings (dates far ahead, stripped bidi controls, provisional dates) and the files in the
// seeds folder it does not read go to stderr in every mode.
import { resolve } from 'node:path';
import { loadSeeds } from '../src/content/load-seeds.ts';
import { runPipeline } from '../src/content/pipeline.ts';
import { formatProblem } from '../src/content/problems.ts';
import {
  checkJson,
  editorSummary,
  registrySuggestions,
  tagEvidence,
} from '../src/content/emit/report.ts';
import { checkNotices } from '../src/content/emit/notices.ts';
import { eventIds, eventsReport } from '../src/content/events/report.ts';
import { flag, option } from './lib/cli.ts';

const json = flag('json');
const suggest = flag('suggest');
const tags = flag('tags');
const root = process.cwd();
// --seeds DIR, or SEEDS_DIR as the build reads it.
const seedsArg = option('seeds') ?? process.env.SEEDS_DIR;
const seedsDir = seedsArg ? resolve(seedsArg) : undefined;

const loaded = await loadSeeds(root, seedsDir);
const result = runPipeline(loaded);
if (!result.ok) {
  for (const p of result.problems) process.stderr.write(`${formatProblem(p)}\n`);
  process.stderr.write(`\n${result.problems.length} problem(s) found; nothing was built.\n`);
  process.exit(1);
}
// Not errors: warnings at their lines, provisional dates (they settle once the files are
// committed) and files the pipeline does not read.
for (const line of checkNotices(result.corpus, loaded.skipped)) process.stderr.write(`${line}\n`);
const { corpus } = result;
const withEvents = () => {
  const eventOf = eventIds(corpus.events);
  const { articles } = checkJson(corpus);
  return { articles: articles.map((a) => ({ ...a, event: eventOf.get(a.slug)! })) };
};
process.stdout.write(
  json
    ? `${JSON.stringify(withEvents(), null, 2)}\n`
    : suggest
      ? registrySuggestions(corpus)
      : tags
        ? tagEvidence(corpus)
        : `${editorSummary(corpus)}\n${eventsReport(corpus.events, corpus.articles, loaded.events?.path)}`,
);
