// data/tags/<id>/info.json: what a tag page says of its tag: names, related tags, roles.
import type { TagDetail } from '../../../contract/model.ts';
import { dataPaths } from '../../../config/data-paths.ts';
import { nameVariants } from '../../names/names.ts';
import { buildLinks } from '../../tag/relations.ts';
import { castRoles } from '../roles.ts';
import { familiesOf } from '../family.ts';
import type { DataEmitter } from './emitter.ts';

/**
 * Other names worth showing a reader: one spelling of each ("Yoo Seung-jun" and
 * "Yoo Seungjun" are how the tagger matches "Yoo Seung Jun", not news to a reader).
 */
const displayAliases = (name: string, aliases: string[]) => {
  const seen = new Set(nameVariants(name));
  return aliases.filter((alias) => {
    const variants = nameVariants(alias);
    const fresh = !variants.some((v) => seen.has(v));
    for (const v of variants) seen.add(v);
    return fresh;
  });
};

export const emitTagInfo: DataEmitter = (context, out) => {
  const {
    corpus: { entities },
    tagged,
    byTag,
    ref,
  } = context;
  const families = familiesOf(context);
  const links = buildLinks(entities);
  const roles = castRoles(entities, (id) => ref.has(id));
  for (const e of tagged) {
    const related = (links.get(e.id) ?? []).flatMap((l) =>
      ref.has(l.id) ? [{ ...ref.get(l.id)!, relation: l.relation }] : [],
    );
    const info: TagDetail = {
      ...ref.get(e.id)!,
      count: byTag.get(e.id)!.length,
      aliases: displayAliases(e.name, e.aliases ?? []),
      related,
      discovered: e.discovered,
      ...(roles.has(e.id) ? { roles: roles.get(e.id) } : {}),
      ...(families.has(e.id) ? { family: families.get(e.id)!.ordinals.length } : {}),
    };
    out.json(dataPaths.tagInfo(e.id), info);
  }
};
