// Relations between entities, both ways, from the one relation table
// (src/contract/relations.ts): a group's members and a member's group, a show's cast,
// director and writer, a character's actor and show.
import { RELATIONS, RELATION_KEYS, type RelationLabel } from '../../contract/relations.ts';
import { targetsOf } from '../validate/registry.ts';
import type { Entity } from '../validate/schema.ts';

export interface Link {
  id: string;
  relation: RelationLabel;
}

/** Every entity's links, each target once with its first relation, in registry order. */
export const buildLinks = (entities: Entity[]) => {
  const known = new Set(entities.map((e) => e.id));
  const links = new Map<string, Link[]>();
  const add = (from: string, to: string, relation: RelationLabel) => {
    if (from === to || !known.has(to) || !known.has(from)) return;
    const list = links.get(from) ?? [];
    if (!list.some((l) => l.id === to)) list.push({ id: to, relation });
    links.set(from, list);
  };
  for (const e of entities) {
    for (const key of RELATION_KEYS) {
      const spec = RELATIONS[key];
      const inverse = typeof spec.inverse === 'function' ? spec.inverse(e.kind) : spec.inverse;
      for (const target of targetsOf(e, key)) {
        add(e.id, target, spec.forward);
        add(target, e.id, inverse);
      }
    }
    // A character's actor is cast in the character's show.
    for (const show of targetsOf(e, 'show'))
      for (const actor of targetsOf(e, 'playedBy')) {
        add(show, actor, 'actor');
        add(actor, show, 'cast in');
      }
  }
  return links;
};
