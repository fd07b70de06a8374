// Decides which entities an article's name matches stand for. A name with one entity
// tags it, unless that entity needs context (characters, and entities the registry flags,
// like the song "Seven"); a name shared by several entities tags the one whose relatives
// (group, show, actor, full name) the story also names, and nothing when that is unclear.
import type { Link } from './relations.ts';

export interface Candidate {
  values: string[];
  position: number;
}

export interface ResolveContext {
  needsContext: (id: string) => boolean;
  links: (id: string) => Link[];
}

/** Entity ids the matches stand for, each with the position of its first mention. */
export const resolveMentions = (matches: Candidate[], context: ResolveContext) => {
  const found = new Map<string, number>();
  const pending: Candidate[] = [];
  for (const m of matches) {
    const only = m.values.length === 1 ? m.values[0]! : undefined;
    if (only && !context.needsContext(only)) {
      if (!found.has(only)) found.set(only, m.position);
    } else pending.push(m);
  }
  // Each pass may give context to the next ("Onjo" -> the show -> ...); stop when nothing changes.
  for (let changed = true; changed;) {
    changed = false;
    for (const m of pending) {
      if (m.values.some((v) => found.has(v))) continue;
      const fitting = m.values.filter((v) => context.links(v).some((l) => found.has(l.id)));
      if (fitting.length === 1) {
        found.set(fitting[0]!, m.position);
        changed = true;
      }
    }
  }
  return found;
};
