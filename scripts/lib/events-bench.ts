// The cost of the event clustering alone (npm run bench): time, the heap it adds, and what
// it made of the corpus. Larger sizes repeat the tagged stories at later dates, as the corpus
// generator spaces stories (5 hours apart), so the density of news per day stays the same.
import { performance } from 'node:perf_hooks';
import { clusterEvents, type EventStory } from '../../src/content/events/cluster.ts';

const HOUR = 36e5;

export const repeated = (stories: readonly EventStory[], count: number): EventStory[] => {
  const times = stories.map((s) => Date.parse(s.date));
  const span = Math.max(...times) - Math.min(...times) + 5 * HOUR;
  return Array.from({ length: count }, (_, k) => {
    const copy = Math.floor(k / stories.length);
    const s = stories[k % stories.length]!;
    if (!copy) return s;
    return {
      ...s,
      slug: `${s.slug}-${copy}`,
      ordinal: s.ordinal + copy * stories.length,
      date: new Date(Date.parse(s.date) + copy * span).toISOString(),
    };
  });
};

export const timeClustering = (stories: readonly EventStory[], count: number) => {
  const input = count === stories.length ? stories : repeated(stories, count);
  (globalThis as { gc?: () => void }).gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const events = clusterEvents(input);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  // CPU time too: on a shared machine the wall clock also counts other processes' turns.
  const cpuMs = (used.user + used.system) / 1000;
  const heapAfter = process.memoryUsage().heapUsed;
  const multi = events.filter((e) => e.slugs.length > 1);
  const joins = multi.flatMap((e) => e.joins);
  return {
    stories: input.length,
    ms,
    cpuMs,
    heapMb: Math.max(0, Math.round((heapAfter - heapBefore) / 1e6)),
    heapAfterMb: Math.round(heapAfter / 1e6),
    events: events.length,
    multi: multi.length,
    largest: Math.max(1, ...events.map((e) => e.slugs.length)),
    joins: {
      near: joins.filter((j) => j.rule === 'near-copy').length,
      same: joins.filter((j) => j.rule === 'same-event').length,
    },
  };
};
