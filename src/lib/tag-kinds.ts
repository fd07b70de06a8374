import { KINDS, TAG_KINDS, type TagKind } from '../contract/kinds';

// Display order and labels of tag kinds come from the one kinds table.
export const KIND_ORDER = TAG_KINDS;

export const kindLabel = (kind: TagKind, plural = false) =>
  plural ? KINDS[kind].many : KINDS[kind].one;

/** Groups items by kind in display order, dropping empty kinds. */
export function groupByKind<T extends { kind: TagKind }>(items: readonly T[]) {
  return KIND_ORDER.map((kind) => ({
    kind,
    items: items.filter((item) => item.kind === kind),
  })).filter((group) => group.items.length > 0);
}
