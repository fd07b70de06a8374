// Relations between entities, both ways: a group's members and a member's group, a
// show's characters, actors, director and writer, a character's actor and show.
import type { Entity } from './schema.ts';

export interface Link {
  id: string;
  relation: string;
}

type Add = (from: string, to: string, relation: string) => void;

const addEntityLinks = (e: Entity, add: Add, byId: Map<string, Entity>) => {
  for (const g of e.memberOf ?? []) {
    add(e.id, g, 'member of');
    add(g, e.id, 'member');
  }
  if (e.show) {
    add(e.id, e.show, 'show');
    add(e.show, e.id, 'character');
  }
  if (e.playedBy) {
    add(e.id, e.playedBy, 'played by');
    add(e.playedBy, e.id, 'plays');
    if (e.show) {
      add(e.show, e.playedBy, 'actor');
      add(e.playedBy, e.show, 'cast in');
    }
  }
  for (const a of e.by ?? []) {
    add(e.id, a, 'by');
    add(a, e.id, byId.get(e.id)?.kind === 'album' ? 'album' : 'song');
  }
  for (const d of e.directedBy ?? []) {
    add(e.id, d, 'director');
    add(d, e.id, 'directed');
  }
  for (const w of e.writtenBy ?? []) {
    add(e.id, w, 'writer');
    add(w, e.id, 'wrote');
  }
};

/** Every entity's links, each target once with its first relation, in registry order. */
export const buildLinks = (entities: Entity[]) => {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const links = new Map<string, Link[]>();
  const add: Add = (from, to, relation) => {
    const list = links.get(from) ?? [];
    if (!list.some((l) => l.id === to)) list.push({ id: to, relation });
    links.set(from, list);
  };
  for (const e of entities) addEntityLinks(e, add, byId);
  return links;
};
