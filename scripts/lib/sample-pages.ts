// One page of each type from the built site, chosen from its data by the type's row in
// src/prerender/page-types.ts: what `npm run audit`, `npm run budget` and the budget test
// measure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageTypes } from '../../src/prerender/page-types.ts';
import type { ReadBuilt } from '../../src/prerender/page-type.ts';

export interface SamplePage {
  name: string;
  /** Path on the site, as a reader's link has it. */
  path: string;
}

/** The page types that have a sample, by the names audit's --pages takes. */
export const SAMPLED = Object.values(pageTypes).flatMap(({ sample }) => (sample ? [sample] : []));

const picked = (dist: string) => {
  const read: ReadBuilt = (path) => JSON.parse(readFileSync(join(dist, path), 'utf8'));
  return SAMPLED.map(({ name, pick }) => ({ name, path: pick(read) }));
};

/** The page types this build has, one page each. */
export const samplePages = (dist = 'dist'): SamplePage[] =>
  picked(dist).flatMap(({ name, path }) => (path === null ? [] : [{ name, path }]));

/** Page types this build has no page of (e.g. a story page in a build without stories), to say so. */
export const missingPageTypes = (dist = 'dist') =>
  picked(dist).flatMap(({ name, path }) => (path === null ? [name] : []));
