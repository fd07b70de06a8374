import type { TagKind } from '../content/model';

// Display order and labels of tag kinds: people first, then what they make.
export const KIND_ORDER: readonly TagKind[] = [
  'person',
  'group',
  'show',
  'character',
  'song',
  'album',
  'org',
];

const LABELS: Record<TagKind, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  group: { one: 'Group', many: 'Groups' },
  show: { one: 'Show', many: 'Shows' },
  song: { one: 'Song', many: 'Songs' },
  album: { one: 'Album', many: 'Albums' },
  character: { one: 'Character', many: 'Characters' },
  org: { one: 'Organization', many: 'Organizations' },
};

export const kindLabel = (kind: TagKind, plural = false) =>
  plural ? LABELS[kind].many : LABELS[kind].one;

/** Groups items by kind in display order, dropping empty kinds. */
export function groupByKind<T extends { kind: TagKind }>(items: readonly T[]) {
  return KIND_ORDER.map((kind) => ({
    kind,
    items: items.filter((item) => item.kind === kind),
  })).filter((group) => group.items.length > 0);
}
