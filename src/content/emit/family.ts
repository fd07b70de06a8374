// A group's family: the group and its members with pages, and the stories of any of them,
// oldest first. The group page lists them (decision 0027); info.json carries their count.
import type { TagRef } from '../../contract/model.ts';
import { buildLinks } from '../tag/relations.ts';
import type { EmitContext } from './emit-context.ts';

export interface Family {
  /** The members with pages, in the order the group's related tags list them. */
  members: TagRef[];
  /** Ordinals of the stories carrying the group or a member, ascending (oldest first). */
  ordinals: number[];
}

const cache = new WeakMap<EmitContext, Map<string, Family>>();

/** Every tagged group with at least one member that has a page, by the group's id. */
export const familiesOf = (context: EmitContext): Map<string, Family> => {
  const known = cache.get(context);
  if (known) return known;
  const { corpus, tagged, byTag, ref } = context;
  const links = buildLinks(corpus.entities);
  const families = new Map<string, Family>();
  for (const e of tagged) {
    const members = (links.get(e.id) ?? []).flatMap((l) =>
      l.relation === 'member' && ref.has(l.id) ? [ref.get(l.id)!] : [],
    );
    if (members.length === 0) continue;
    const ordinals = new Set(byTag.get(e.id));
    for (const m of members) for (const o of byTag.get(m.id) ?? []) ordinals.add(o);
    families.set(e.id, { members, ordinals: [...ordinals].sort((a, b) => a - b) });
  }
  cache.set(context, families);
  return families;
};
