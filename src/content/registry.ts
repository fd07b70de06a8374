// Reads the entity registry (seeds/entities.json): strict schema, then the checks a
// schema cannot express (unique ids, relations that point at known entities).
import type { Problem } from './problems.ts';
import { registrySchema, type Entity, type Registry } from './schema.ts';

export type RegistryResult = { ok: true; registry: Registry } | { ok: false; problems: Problem[] };

const lineOfOffset = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Line of the n-th entity in the JSON text: the line of its n-th `"id"` key. */
const entityLines = (text: string) => {
  const lines: number[] = [];
  for (const m of text.matchAll(/"id"\s*:/g)) lines.push(lineOfOffset(text, m.index));
  return lines;
};

const RELATIONS = ['memberOf', 'show', 'playedBy', 'by', 'directedBy', 'writtenBy'] as const;

export const relationTargets = (e: Entity) =>
  RELATIONS.flatMap((key) => {
    const value = e[key];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  });

export const parseRegistry = (file: string, text: string): RegistryResult => {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? lineOfOffset(text, Number(position[1])) : 1;
    return { ok: false, problems: [{ file, line, message: `not valid JSON: ${message}` }] };
  }
  const lines = entityLines(text);
  const result = registrySchema.safeParse(json);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => {
        const [top, index] = issue.path;
        const line = top === 'entities' && typeof index === 'number' ? (lines[index] ?? 1) : 1;
        const where = issue.path.map(String).join('.');
        return { file, line, message: `${where || 'registry'}: ${issue.message}` };
      }),
    };
  }
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  result.data.entities.forEach((e, i) => {
    const line = lines[i] ?? 1;
    if (ids.has(e.id)) problems.push({ file, line, message: `duplicate entity id "${e.id}"` });
    ids.set(e.id, i);
  });
  result.data.entities.forEach((e, i) => {
    for (const target of relationTargets(e)) {
      if (!ids.has(target)) {
        problems.push({
          file,
          line: lines[i] ?? 1,
          message: `entity "${e.id}" relates to unknown entity "${target}"`,
        });
      }
    }
  });
  return problems.length ? { ok: false, problems } : { ok: true, registry: result.data };
};
