// data/tags/<id>/info.json: what a tag page says of its tag: names, related tags, roles.
import type { TagDetail } from '../../../contract/model.ts';
import { dataPaths } from '../../../config/data-paths.ts';
import { nameVariants } from '../../names/names.ts';
import { buildLinks } from '../../tag/relations.ts';
import { castRoles } from '../roles.ts';
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

export const emitTagInfo: DataEmitter = ({ corpus: { entities }, tagged, byTag, ref }, out) => {
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
    };
    out.json(dataPaths.tagInfo(e.id), info);
  }
};
