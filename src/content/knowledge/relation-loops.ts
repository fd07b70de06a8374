// Relations that lead back to where they start: an entity naming itself in any relation,
// and groups that are members of each other. Tag pages and context would otherwise drop
// the self-link without a word, or go round in circles.
import { RELATION_KEYS } from '../../contract/relations.ts';
import type { Problem } from '../problems.ts';
import { targetsOf } from '../validate/registry.ts';
import type { Entity } from '../validate/schema.ts';
import type { Origin } from './build-knowledge.ts';

const selfLinks = (entities: Map<string, Entity>, origin: Map<string, Origin>): Problem[] =>
  [...entities.values()].flatMap((e) =>
    RELATION_KEYS.filter((key) => targetsOf(e, key).includes(e.id)).map((key) => ({
      ...origin.get(e.id)!,
      message: `entity "${e.id}" names itself in "${key}"`,
    })),
  );

/** Each memberOf cycle once, reported at the entity it was first reached from. */
const memberCycles = (entities: Map<string, Entity>, origin: Map<string, Origin>): Problem[] => {
  const problems: Problem[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (id: string) => {
    if (done.has(id)) return;
    if (onPath.has(id)) {
      const cycle = [...path.slice(path.indexOf(id)), id];
      problems.push({
        ...origin.get(cycle[0]!)!,
        message: `"memberOf" goes round in a circle: ${cycle.join(' -> ')}`,
      });
      return;
    }
    const entity = entities.get(id);
    if (!entity) return;
    path.push(id);
    onPath.add(id);
    for (const group of targetsOf(entity, 'memberOf')) if (group !== id) visit(group);
    path.pop();
    onPath.delete(id);
    done.add(id);
  };
  for (const id of entities.keys()) visit(id);
  return problems;
};

export const relationLoops = (entities: Map<string, Entity>, origin: Map<string, Origin>) => [
  ...selfLinks(entities, origin),
  ...memberCycles(entities, origin),
];
