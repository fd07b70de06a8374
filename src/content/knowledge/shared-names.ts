// Spellings the editor's registry shares with other entities (decision 0014). A name that
// stands for several entities tags one only where the story names its relatives (0003);
// an editor who gives a name to two entities by mistake would see it tag neither. So:
// - two of the editor's entities may share a spelling only when one of them needs context
//   (a character, or "needsContext": the homonym case); otherwise it is an error;
// - a spelling the editor gives one entity that needs no context, and a built-in entity
//   also has, tags the editor's entity unless the story names the built-in one's
//   relatives: the editor's is the default, context still finds the others;
// - every spelling shared with a built-in entity is listed by content:check.
import { KIND_RULES } from '../../contract/kinds.ts';
import type { Problem } from '../problems.ts';
import type { RegistryFile } from '../validate/registry.ts';
import type { Entity } from '../validate/schema.ts';
import { nameVariants } from '../names/names.ts';
import type { Origin } from './build-knowledge.ts';

export interface SharedName {
  /** The spelling as the editor wrote it. */
  name: string;
  /** The editor's entity that has it, and where it is defined. */
  id: string;
  file: string;
  line: number;
  /** The built-in entities that also have it. */
  others: ({ id: string } & Origin)[];
  /**
   * "editor": it tags the editor's entity unless the story names a built-in one's relatives;
   * "context": the story's relatives decide (the editor's entity needs context, or another
   * of the editor's entities has the spelling too).
   */
  outcome: 'editor' | 'context';
}

export interface SharedNames {
  problems: Problem[];
  shared: SharedName[];
  /** Name key -> the editor's entity a mention of it tags when context picks none. */
  preferred: Map<string, string>;
}

const needsContext = (e: Entity) => KIND_RULES[e.kind].needsContext || !!e.needsContext;

const spellings = (e: Entity) => [e.name, ...(e.aliases ?? [])];

/** name key -> the ids having a spelling with that key. */
const keyIndex = (entities: Iterable<Entity>) => {
  const index = new Map<string, Set<string>>();
  for (const e of entities)
    for (const name of spellings(e))
      for (const key of nameVariants(name)) index.set(key, (index.get(key) ?? new Set()).add(e.id));
  return index;
};

export const sharedNames = (
  editor: RegistryFile,
  entities: Map<string, Entity>,
  origin: Map<string, Origin>,
): SharedNames => {
  const problems: Problem[] = [];
  const shared: SharedName[] = [];
  const preferred = new Map<string, string>();
  const editorIds = new Set(editor.registry.entities.map((e) => e.id));
  const builtIn = keyIndex([...entities.values()].filter((e) => !editorIds.has(e.id)));
  const editorKeys = keyIndex(editor.registry.entities.filter((e) => entities.has(e.id)));
  const firstWith = new Map<string, { id: string; line: number }>();
  const reported = new Set<string>();
  editor.registry.entities.forEach((written, i) => {
    const line = editor.lines[i]!;
    const entity = entities.get(written.id);
    if (!entity) return; // replaced by another of the editor's entities
    for (const name of spellings(written)) {
      const keys = nameVariants(name);
      for (const key of keys) {
        const first = firstWith.get(key);
        if (!first) firstWith.set(key, { id: written.id, line });
        if (!first || first.id === written.id || reported.has(`${first.id} ${written.id}`))
          continue;
        reported.add(`${first.id} ${written.id}`);
        if (needsContext(entity) || needsContext(entities.get(first.id)!)) continue;
        problems.push({
          file: editor.path,
          line,
          message: `"${name}" is also a name of "${first.id}" (${editor.path}:${first.line}): a story naming it would tag neither; keep the spelling on one entity, or mark one "needsContext" so the story’s relatives decide`,
        });
      }
      const others = [...new Set(keys.flatMap((key) => [...(builtIn.get(key) ?? [])]))].sort();
      if (!others.length) continue;
      const alone = keys.every((key) => editorKeys.get(key)!.size === 1);
      const outcome = alone && !needsContext(entity) ? 'editor' : 'context';
      if (outcome === 'editor') for (const key of keys) preferred.set(key, written.id);
      const at = (id: string) => ({ id, ...origin.get(id)! });
      shared.push({
        name,
        id: written.id,
        file: editor.path,
        line,
        others: others.map(at),
        outcome,
      });
    }
  });
  return { problems, shared, preferred };
};
