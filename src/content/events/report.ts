// What content:check says about events: each story's event id (--json), and for an editor
// every event of more than one report, with how each report joined it, so a wrong join is
// easy to find and to correct in seeds/events.json.
import type { StoryEvent } from './types.ts';
import { escapeControls } from '../problems.ts';

/** Each story's event id. */
export const eventIds = (events: readonly StoryEvent[]) =>
  new Map(events.flatMap((e) => e.slugs.map((slug) => [slug, e.id])));

interface ReportedStory {
  slug: string;
  file: string;
  line: number;
  title: string;
  date: string;
}

export const eventsReport = (
  events: readonly StoryEvent[],
  stories: readonly ReportedStory[],
  overridesPath = 'seeds/events.json',
): string => {
  const bySlug = new Map(stories.map((s) => [s.slug, s]));
  const multi = events.filter((e) => e.slugs.length > 1);
  const reports = multi.reduce((n, e) => n + e.slugs.length, 0);
  if (!multi.length) return 'Events: every story reports an event of its own.\n';
  const lines = [
    `Events with more than one report: ${multi.length} (${reports} stories; split or join them in ${overridesPath}):`,
  ];
  for (const event of multi) {
    lines.push(`  ${event.id} (${event.slugs.length} reports)`);
    const joinOf = new Map(event.joins.map((j) => [j.slug, j]));
    for (const slug of event.slugs) {
      const s = bySlug.get(slug)!;
      const join = joinOf.get(slug);
      const how = join
        ? `joined ${join.to} by ${join.rule} ${join.score.toFixed(2)}`
        : 'first report';
      lines.push(
        `    ${s.date.slice(0, 10)} ${escapeControls(s.file)}:${s.line} ${escapeControls(s.title)}`,
        `      ${slug}: ${how}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
};
