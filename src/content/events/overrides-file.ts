// seeds/events.json: the editor's corrections to the clusters. Optional; if it exists it
// must be strict JSON (no repeated keys) of this shape, and every story it names must exist:
//   { "join": [["slug-a", "slug-b"]], "split": [["slug-c", "slug-d"], ["slug-e"]] }
// A story may be named by its slug or its address (/articles/<slug>, as copied from a page).
// Problems name the file and the line at fault; the build stops rather than drop an entry.
import { z } from 'zod';
import type { RegistryInput } from '../knowledge/registry-input.ts';
import { decodeSeed } from '../read/decode.ts';
import type { Problem } from '../problems.ts';
import { parseJsonTree } from '../validate/json-tree.ts';
import type { EventOverrides } from './overrides.ts';

/** The file as the pipeline receives it: the same shape as the registry's. */
export type OverridesInput = RegistryInput;

const story = z.string().trim().min(1, 'is empty: name a story by its slug');
const overridesSchema = z.strictObject({
  join: z.array(z.array(story).min(2, 'joins fewer than two stories')).optional(),
  split: z.array(z.array(story).min(1, 'names no story')).optional(),
});

type Action = 'join' | 'split';

/** One list of the file, its stories as slugs, with the line of each. */
export interface OverrideEntry {
  action: Action;
  line: number;
  slugs: string[];
  lines: number[];
}

export interface OverridesFile {
  path: string;
  entries: OverrideEntry[];
}

/** "/articles/<slug>/", "https://site/articles/<slug>" or the slug alone: the slug. */
const slugOf = (value: string) => value.replace(/^.*\/articles\//, '').replace(/\/+$/, '');

export const parseOverrides = (
  input: OverridesInput,
): { ok: true; file: OverridesFile } | { ok: false; problems: Problem[] } => {
  const path = input.path;
  if (!input.bytes && !input.unreadable) return { ok: true, file: { path, entries: [] } };
  if (input.unreadable)
    return { ok: false, problems: [{ file: path, line: 1, message: input.unreadable }] };
  const decoded = decodeSeed(path, input.bytes!, 'the event overrides');
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const parsed = parseJsonTree(path, decoded.text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return parsed;
  const { value, lineOf } = parsed.tree;
  const result = overridesSchema.safeParse(value);
  if (!result.success)
    return {
      ok: false,
      problems: result.error.issues.map((issue) => {
        const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
        const where = issue.path.map(String).join('.');
        const hint = key ? ' (the file takes "join" and "split")' : '';
        return {
          file: path,
          line: lineOf(issue.path, key),
          message: `${where || 'events'}: ${issue.message}${hint}`,
        };
      }),
    };
  const entries: OverrideEntry[] = [];
  const problems: Problem[] = [];
  for (const action of ['join', 'split'] as const)
    result.data[action]?.forEach((list, i) => {
      const slugs = list.map(slugOf);
      const lines = slugs.map((_, k) => lineOf([action, i, k]));
      slugs.forEach((slug, k) => {
        const first = slugs.indexOf(slug);
        if (first < k)
          problems.push({
            file: path,
            line: lines[k]!,
            message: `${action}.${i}: "${slug}" is listed twice in one list`,
          });
      });
      entries.push({ action, line: lineOf([action, i]), slugs, lines });
    });
  return problems.length ? { ok: false, problems } : { ok: true, file: { path, entries } };
};

/** The slug an editor probably meant: the same headline words with another hash. */
const closest = (slug: string, known: readonly string[]) => {
  const stem = slug.replace(/-[0-9a-f]{6}$/, '');
  return known.find((k) => k.replace(/-[0-9a-f]{6}$/, '') === stem);
};

/**
 * Checks the file against the stories: every slug must be one, and no split may part two
 * stories the joins put together.
 */
export const resolveOverrides = (
  file: OverridesFile,
  slugs: readonly string[],
): { ok: true; overrides: EventOverrides } | { ok: false; problems: Problem[] } => {
  const known = new Set(slugs);
  const problems: Problem[] = [];
  for (const entry of file.entries)
    entry.slugs.forEach((slug, k) => {
      if (known.has(slug)) return;
      const near = closest(slug, slugs);
      problems.push({
        file: file.path,
        line: entry.lines[k]!,
        message: `no story has the slug "${slug}"${near ? `: did you mean "${near}"?` : ' (see npm run content:check -- --json)'}`,
      });
    });
  if (problems.length) return { ok: false, problems };
  problems.push(...conflicts(file));
  if (problems.length) return { ok: false, problems };
  const of = (action: Action) =>
    file.entries.filter((e) => e.action === action).map((e) => e.slugs);
  return { ok: true, overrides: { join: of('join'), split: of('split') } };
};

/** Splits that part stories the joins (one list, or several sharing a story) put in one event. */
const conflicts = (file: OverridesFile): Problem[] => {
  const parent = new Map<string, string>();
  const find = (s: string): string => {
    const p = parent.get(s) ?? s;
    return p === s ? s : find(p);
  };
  const joinLine = new Map<string, number>();
  for (const entry of file.entries.filter((e) => e.action === 'join'))
    for (const slug of entry.slugs) {
      joinLine.set(slug, joinLine.get(slug) ?? entry.line);
      parent.set(find(slug), find(entry.slugs[0]!));
    }
  const problems: Problem[] = [];
  for (const entry of file.entries.filter((e) => e.action === 'split'))
    entry.slugs.forEach((a, i) =>
      entry.slugs.slice(i + 1).forEach((b) => {
        if (find(a) !== find(b)) return;
        const [x, y] = [joinLine.get(a), joinLine.get(b)];
        const where = x === y ? `the join at line ${x}` : `the joins at lines ${x} and ${y}`;
        problems.push({
          file: file.path,
          line: entry.line,
          message: `split parts "${a}" and "${b}", which ${where} put${x === y ? 's' : ''} in one event: remove one of them`,
        });
      }),
    );
  return problems;
};
