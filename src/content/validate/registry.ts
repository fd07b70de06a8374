// Reads one registry file (seeds/entities.json, or a file of the built-in knowledge):
// strict schema, unique ids, and the line of every entity so later checks (relations
// that point nowhere, ids taken twice across files) can name it.
import type { Problem } from './problems.ts';
import { registrySchema, type Entity, type Registry } from './schema.ts';
import { RELATION_KEYS, type RelationKey } from '../../config/relations.ts';

export interface RegistryFile {
  path: string;
  registry: Registry;
  /** 1-based line of each entity, parallel to registry.entities. */
  lines: number[];
}

export type RegistryResult = { ok: true; file: RegistryFile } | { ok: false; problems: Problem[] };

const lineOfOffset = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Line of the n-th entity in the JSON text: the line of its n-th `"id"` key. */
const entityLines = (text: string) => {
  const lines: number[] = [];
  for (const m of text.matchAll(/"id"\s*:/g)) lines.push(lineOfOffset(text, m.index));
  return lines;
};

/** The ids one relation field of an entity names (a single id or a list). */
export const targetsOf = (e: Entity, key: RelationKey): string[] => {
  const value = e[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};

export const relationTargets = (e: Entity) => RELATION_KEYS.flatMap((key) => targetsOf(e, key));

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
  const ids = new Set<string>();
  result.data.entities.forEach((e, i) => {
    if (ids.has(e.id))
      problems.push({ file, line: lines[i] ?? 1, message: `duplicate entity id "${e.id}"` });
    ids.add(e.id);
  });
  return problems.length
    ? { ok: false, problems }
    : { ok: true, file: { path: file, registry: result.data, lines } };
};
