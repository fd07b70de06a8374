// Reads one registry file (seeds/entities.json, or a file of the built-in knowledge):
// strict schema, unique ids, and the line of every entity so later checks (relations
// that point nowhere, ids taken twice across files) can name it.
import type { Problem } from '../problems.ts';
import { parseJsonTree, type JsonTree } from './json-tree.ts';
import { registrySchema, type Entity, type Registry } from './schema.ts';
import { RELATION_KEYS, type RelationKey } from '../../contract/relations.ts';

export interface RegistryFile {
  path: string;
  registry: Registry;
  /** 1-based line of each entity, parallel to registry.entities. */
  lines: number[];
  /** Line of any value in the file by its path ("silence", 2), for later checks. */
  lineOf: JsonTree['lineOf'];
}

export type RegistryResult = { ok: true; file: RegistryFile } | { ok: false; problems: Problem[] };

/** The ids one relation field of an entity names (a single id or a list). */
export const targetsOf = (e: Entity, key: RelationKey): string[] => {
  const value = e[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};

export const relationTargets = (e: Entity) => RELATION_KEYS.flatMap((key) => targetsOf(e, key));

export const parseRegistry = (file: string, text: string): RegistryResult => {
  const parsed = parseJsonTree(file, text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return parsed;
  const { value, lineOf } = parsed.tree;
  const result = registrySchema.safeParse(value);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => {
        // An unknown key is on its own line, perhaps far below its entity's first.
        const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
        const where = issue.path.map(String).join('.');
        const message = `${where || 'registry'}: ${issue.message}`;
        return { file, line: lineOf(issue.path, key), message };
      }),
    };
  }
  const lines = result.data.entities.map((_, i) => lineOf(['entities', i]));
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  result.data.entities.forEach((e, i) => {
    const first = ids.get(e.id);
    if (first !== undefined)
      problems.push({
        file,
        line: lines[i]!,
        message: `duplicate entity id "${e.id}" (first at line ${first})`,
      });
    else ids.set(e.id, lines[i]!);
  });
  return problems.length
    ? { ok: false, problems }
    : { ok: true, file: { path: file, registry: result.data, lines, lineOf } };
};
