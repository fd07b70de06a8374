// How a relation reads on a tag page, for one target and for several. Typed by the
// relation table's labels (src/contract/relations.ts), so a new relation cannot go unlabelled.
// It lives with the tag page so the labels load with that page, not with every page.
import type { RelationLabel } from '../../../contract/relations';

/** Display labels: one target, several targets. */
export const RELATION_DISPLAY: Record<RelationLabel, { one: string; many: string }> = {
  'member of': { one: 'Member of', many: 'Member of' },
  member: { one: 'Member', many: 'Members' },
  show: { one: 'Show', many: 'Shows' },
  character: { one: 'Character', many: 'Characters' },
  'played by': { one: 'Played by', many: 'Played by' },
  plays: { one: 'Plays', many: 'Plays' },
  actor: { one: 'Actor', many: 'Actors' },
  'cast in': { one: 'Cast in', many: 'Cast in' },
  by: { one: 'By', many: 'By' },
  song: { one: 'Song', many: 'Songs' },
  album: { one: 'Album', many: 'Albums' },
  director: { one: 'Director', many: 'Directors' },
  directed: { one: 'Directed', many: 'Directed' },
  writer: { one: 'Writer', many: 'Writers' },
  wrote: { one: 'Wrote', many: 'Wrote' },
  network: { one: 'Network', many: 'Networks' },
  aired: { one: 'Aired', many: 'Aired' },
  agency: { one: 'Agency', many: 'Agencies' },
  artist: { one: 'Artist', many: 'Artists' },
  'based on': { one: 'Based on', many: 'Based on' },
  'adapted as': { one: 'Adapted as', many: 'Adapted as' },
};
