// Actor-as-character pairs for tag pages, from the knowledge only: a character entity
// with an actor (playedBy) and, when known, its show. Nothing is inferred: a show's cast
// list says who acted in it, not whom they played.
import type { CastRole, RoleName } from '../../contract/model.ts';
import { targetsOf } from '../validate/registry.ts';
import type { Entity } from '../validate/schema.ts';

/** The roles to show on each tag page, keyed by the show's or the actor's id. */
export const castRoles = (entities: Entity[], hasPage: (id: string) => boolean) => {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const name = (id: string): RoleName | undefined => {
    const e = byId.get(id);
    return e && { id, name: e.name, page: hasPage(id) };
  };
  const roles = new Map<string, CastRole[]>();
  const add = (key: string, role: CastRole) =>
    (roles.get(key) ?? roles.set(key, []).get(key)!).push(role);
  for (const e of entities) {
    if (e.kind !== 'character') continue;
    const [actorId] = targetsOf(e, 'playedBy');
    const actor = actorId ? name(actorId) : undefined;
    if (!actor || byId.get(actor.id)!.kind !== 'person') continue;
    const [showId] = targetsOf(e, 'show');
    const show = showId ? name(showId) : undefined;
    const role: CastRole = { actor, character: name(e.id)!, ...(show ? { show } : {}) };
    if (show) add(show.id, role);
    add(actor.id, role);
  }
  return roles;
};
