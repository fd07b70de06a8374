// Decides which entities an article's name matches stand for. A name with one entity
// tags it, unless the entity needs context (characters, entities flagged needsContext)
// or the name is weak (an ordinary word: "Joy", "Signal"). A weak name counts only
// where the text uses it as a name: a rule found it there ("Red Velvet's Joy", a title
// in a list), or it is capitalised mid-sentence. Names shared by several entities, weak
// ones and context-bound ones then tag the entity whose relatives (group, show, actor)
// the story also names, and nothing when that is unclear; a name the editor gave one of
// their entities then tags that one when no relative points elsewhere (decision 0014).
import type { Candidate } from './mentions.ts';
import type { Link } from './relations.ts';

export interface ResolveContext {
  needsContext: (id: string) => boolean;
  /** The editor's entity a shared name tags when the story's context picks none. */
  preferred?: (written: string) => string | undefined;
  links: (id: string) => Link[];
  /** A rule found exactly this name (line, start and end): evidence of a name use. */
  evidenceAt: (line: number, start: number, end: number) => boolean;
}

export interface Resolved {
  /** Entity id -> position of its first qualifying mention. */
  found: Map<string, number>;
  /** Every mention that stands for an entity, with that entity and what decided it when the
   *  name alone did not: a relative the story names, or the editor's preference. */
  mentions: { id: string; mention: Candidate; how?: string }[];
}

export const resolveMentions = (matches: Candidate[], context: ResolveContext): Resolved => {
  const found = new Map<string, number>();
  const assigned = new Map<Candidate, string>();
  const how = new Map<Candidate, string>();
  const add = (id: string, m: Candidate, because?: string) => {
    assigned.set(m, id);
    if (because) how.set(m, because);
    if (!found.has(id) || found.get(id)! > m.position) found.set(id, m.position);
  };
  const pending: Candidate[] = [];
  const fallback = new Map<Candidate, string>();
  for (const m of matches) {
    const evidence = context.evidenceAt(m.line, m.start, m.end);
    // A weak name that opens a sentence counts only when what follows reads as a name's.
    if (m.weak && !evidence && m.capitalOnly && !m.nameLike) continue;
    const only = m.values.length === 1 ? m.values[0]! : undefined;
    const doubtful = ((m.weak || m.wordy) && !evidence) || !!m.legal;
    if (only && !context.needsContext(only) && !doubtful) add(only, m);
    else {
      pending.push(m);
      const preferred = context.preferred?.(m.written);
      if (preferred && m.values.includes(preferred) && !doubtful) fallback.set(m, preferred);
    }
  }
  const fitting = (m: Candidate) =>
    m.values.filter((v) => context.links(v).some((l) => found.has(l.id)));
  // The possessive owner is the nearest relative there is: "GOT7's Park Jin-young" is the
  // member even where the story also names the other Park Jin-young's agency.
  for (const m of pending) {
    const owned = m.values.filter((v) =>
      context.links(v).some((l) => m.owner?.includes(l.id) && found.has(l.id)),
    );
    if (owned.length === 1) add(owned[0]!, m, 'its owner named');
  }
  // Each pass may give context to the next ("Onjo" -> the show -> ...); stop when nothing
  // changes. Only then does a name with no fitting relative fall back to the editor's entity.
  for (let changed = true; changed;) {
    changed = false;
    for (const m of pending) {
      if (assigned.has(m)) continue;
      const fits = fitting(m);
      if (fits.length === 1) {
        add(fits[0]!, m, 'a relative named');
        changed = true;
      }
    }
    if (changed) continue;
    for (const [m, id] of fallback) {
      if (assigned.has(m) || fitting(m).length) continue;
      add(id, m, "the editor's entity");
      changed = true;
    }
  }
  return {
    found,
    mentions: [...assigned].map(([mention, id]) => ({
      id,
      mention,
      ...(how.has(mention) ? { how: how.get(mention)! } : {}),
    })),
  };
};
