// How a relation reads on a tag page: the relation's own label, capitalised ("Member of",
// "Played by", "Directed"), and for several targets the plural of those that are nouns. Every
// relation of the table (src/contract/relations.ts) reads without an entry here; a new noun
// needs its plural. It lives with the tag page so it loads with that page, not every page.
import type { RelationLabel } from '../../../contract/relations';

/** The labels that read differently for several targets. */
const PLURALS: Partial<Record<RelationLabel, string>> = {
  member: 'Members',
  show: 'Shows',
  character: 'Characters',
  actor: 'Actors',
  song: 'Songs',
  album: 'Albums',
  director: 'Directors',
  writer: 'Writers',
  network: 'Networks',
  agency: 'Agencies',
  artist: 'Artists',
};

/** "member" -> "Member", or "Members" when there are several. */
export const relationLabel = (relation: RelationLabel, count: number) =>
  (count > 1 && PLURALS[relation]) || relation[0]!.toUpperCase() + relation.slice(1);
