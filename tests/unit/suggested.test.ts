// data/suggested.json: what a reader who follows no one is offered first. The people, groups
// and shows the last four weeks of stories (before the newest, not the clock) name most,
// topped up with the most covered of all time; never songs or networks.
import { describe, expect, it } from 'vitest';
import type { EmitContext } from '../../src/content/emit/emit-context';
import { emitSuggested } from '../../src/content/emit/emitters/suggested';
import type { Suggested, TagCount } from '../../src/contract/model';

const tag = (id: string, kind: TagCount['kind'], count: number): TagCount => ({
  id,
  name: id,
  kind,
  count,
});
const story = (date: string, ...ids: string[]) => ({ date, tags: ids.map((id) => ({ id })) });

const suggested = (articles: ReturnType<typeof story>[], tags: TagCount[]) => {
  let written: Suggested | undefined;
  emitSuggested({ corpus: { articles }, tags } as unknown as EmitContext, {
    json: (_path, value) => (written = value as Suggested),
    text: () => undefined,
    keyed: () => undefined,
    stable: JSON.stringify,
  });
  return written!;
};

describe('suggested tags', () => {
  it('ranks by stories of the last 28 days before the newest, then by all time', () => {
    const tags = [
      tag('old-star', 'person', 40),
      tag('new-group', 'group', 2),
      tag('new-show', 'show', 3),
      tag('a-song', 'song', 9),
    ];
    const result = suggested(
      [
        story('2026-11-30T09:00:00Z', 'new-group', 'a-song'),
        story('2026-11-20T09:00:00Z', 'new-group', 'new-show'),
        story('2026-10-01T09:00:00Z', 'old-star'),
      ],
      tags,
    );
    expect(result.days).toBe(28);
    expect(result.tags.map((t) => t.id)).toEqual(['new-group', 'new-show', 'old-star']);
    // Each with its count of all time, as its page lists it.
    expect(result.tags[2]!.count).toBe(40);
  });

  it('keeps at most twelve', () => {
    const tags = Array.from({ length: 20 }, (_, i) => tag(`p${i}`, 'person', i + 1));
    expect(suggested([story('2026-11-30T09:00:00Z', 'p0')], tags).tags).toHaveLength(12);
  });
});
