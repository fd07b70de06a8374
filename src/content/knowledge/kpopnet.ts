// Maps the kpopnet.json open data (K-pop girl groups and their idols, CC0) into registry
// entities: groups with their Hangul names, idols with stage, legal and Hangul names and
// their groups. Ids are slugs, so the curated registry and an editor can refer to them:
// a group is slug(name) ("red-velvet"), an idol slug(stage)-slug(group) ("joy-red-velvet"),
// a soloist slug(stage) ("iu").
import type { Entity } from '../validate/schema.ts';
import { compareText } from '../compare.ts';
import { slugify } from '../permalink.ts';
import { isKoreanSurname } from '../names/korean-names.ts';

export interface KpopnetIdol {
  id: string;
  name: string;
  name_original: string;
  real_name: string;
  real_name_original: string;
  name_alias: string | null;
  groups: string[];
}

export interface KpopnetGroup {
  id: string;
  name: string;
  debut_date: string | null;
  name_original: string;
  name_alias: string | null;
  agency_name: string;
  members: { idol_id: string }[];
  parent_id: string | null;
}

export interface KpopnetProfiles {
  groups: KpopnetGroup[];
  idols: KpopnetIdol[];
}

const parts = (alias: string | null) =>
  (alias ?? '')
    .split(/\s*,\s*/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A foreign legal name is written in both orders ("Minatozaki Sana", "Sana Minatozaki"). */
const bothOrders = (name: string) => {
  const words = name.trim().split(/\s+/);
  if (words.length !== 2 || isKoreanSurname(words[0]!)) return [name];
  return [name, `${words[1]} ${words[0]}`];
};

const unique = (names: string[], except: string) =>
  [...new Set(names.map((n) => n.trim()))].filter((n) => n && n !== except);

/** Agencies named by the data, resolved against the names of known organisations. */
export type OrgLookup = (name: string) => string | undefined;

export const kpopnetEntities = (data: KpopnetProfiles, orgId: OrgLookup): Entity[] => {
  const groupIds = new Map(data.groups.map((g) => [g.id, slugify(g.name, 60)]));
  const groups: Entity[] = data.groups.map((g) => {
    const agency = parts(g.agency_name).flatMap((a) => orgId(a) ?? []);
    const parent = g.parent_id ? groupIds.get(g.parent_id) : undefined;
    return {
      id: groupIds.get(g.id)!,
      name: g.name,
      kind: 'group',
      aliases: unique([g.name_original, ...parts(g.name_alias)], g.name),
      ...(parent ? { memberOf: [parent] } : {}),
      ...(agency.length ? { agency } : {}),
      note: 'kpopnet.json',
    };
  });
  const taken = new Set(groups.map((g) => g.id));
  const debut = new Map(data.groups.map((g) => [g.id, g.debut_date ?? '9999']));
  const idols: Entity[] = data.idols.map((i) => {
    // The id names the idol's first group (Wendy of Red Velvet, not of a later project group).
    const groups = [...i.groups].sort((a, b) =>
      compareText(debut.get(a) ?? '9999', debut.get(b) ?? '9999'),
    );
    const memberOf = groups.flatMap((g) => groupIds.get(g) ?? []);
    const base = slugify(i.name, 60) || slugify(i.real_name, 60);
    let id = memberOf[0] ? `${base}-${memberOf[0]}` : base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    const aliases = unique(
      [i.name_original, ...bothOrders(i.real_name), i.real_name_original, ...parts(i.name_alias)],
      i.name,
    );
    return {
      id,
      name: i.name,
      kind: 'person',
      aliases,
      ...(memberOf.length ? { memberOf } : {}),
      note: 'kpopnet.json',
    };
  });
  return [...groups, ...idols];
};
