// The event clusterer on small stories of its own: each rule, the guards against chaining
// and against the same people's next event, unknown dates, the editor's overrides, and
// repeatable output.
import { describe, expect, it } from 'vitest';
import { clusterEvents, type EventStory } from '../../src/content/events/cluster.ts';
import type { StoryEvent } from '../../src/content/events/types.ts';

let n = 0;
const story = (
  title: string,
  date: string,
  paragraphs: string[],
  tags: string[] = ['kang-do-hyun'],
): EventStory => ({
  slug: `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${String(n++).padStart(6, '0')}`,
  ordinal: 0,
  date,
  title,
  body: paragraphs.map((p) => ({ type: 'paragraph', lines: [p] })),
  tags: tags.map((id) => ({ id, kind: id.endsWith('-show') ? 'show' : 'person' })),
});

const ENLIST = [
  'Actor Kang Do-hyun will begin his mandatory military service on April 14.',
  'On March 10, his agency Haneul Company said that Kang Do-hyun will enter an army recruit training center on April 14 and serve as an active-duty soldier after five weeks of basic training.',
  'Kang Do-hyun will enlist quietly, without any official event, the agency said, and asked fans to refrain from visiting the training center.',
];
const enlist = story(
  'Actor Kang Do-hyun to Enlist in the Military on April 14',
  '2025-03-10T01:00:00Z',
  ENLIST,
);
const copy = story(
  'Kang Do-hyun Confirms April Enlistment as Active-Duty Soldier',
  '2025-03-10T03:00:00Z',
  [
    'Actor Kang Do-hyun will begin his mandatory military service on April 14.',
    'On March 10, his agency Haneul Company said Kang Do-hyun will enter an army recruit training center on April 14 and serve as an active-duty soldier after five weeks of basic training.',
    'Kang Do-hyun will enlist quietly, without any official event, the agency said, and asked fans to refrain from visiting the training center.',
  ],
);
const rewrite = story(
  "'Red Ledger' Star Kang Do-hyun Heads to the Army Next Month",
  '2025-03-11T00:00:00Z',
  [
    'Kang Do-hyun is trading the courtroom set of Red Ledger for an army recruit training center.',
    'Haneul Company confirmed that the actor will enlist on April 14 as an active-duty soldier, with no official event on the day.',
  ],
);
const discharge = story(
  'Actor Kang Do-hyun Discharged From the Military After 18 Months',
  '2026-10-13T07:00:00Z',
  [
    'Actor Kang Do-hyun completed his mandatory military service on October 13 as an active-duty soldier.',
    'His agency Haneul Company said Kang Do-hyun was discharged from the army after 18 months and thanked fans for waiting.',
  ],
);
const other = story(
  'Singer Pyo Da-in Releases Winter Ballad First Snow Letter',
  '2025-03-10T05:00:00Z',
  [
    'Singer-songwriter Pyo Da-in returned with a winter ballad on March 10.',
    'The song, First Snow Letter, is about a letter written on the night of the first snow.',
  ],
  ['pyo-da-in'],
);

const groups = (events: StoryEvent[]) =>
  events.map((e) => e.slugs.map((s) => s.replace(/-\d{6}$/, '')));
const together = (events: StoryEvent[], a: EventStory, b: EventStory) =>
  events.some((e) => e.slugs.includes(a.slug) && e.slugs.includes(b.slug));

describe('clusterEvents', () => {
  it('joins a near-copy and a rewrite to the earliest report, and leaves other news alone', () => {
    const events = clusterEvents([rewrite, other, copy, enlist]);
    const event = events.find((e) => e.slugs.includes(enlist.slug))!;
    expect(event.id).toBe(enlist.slug);
    expect(event.slugs).toEqual([enlist.slug, copy.slug, rewrite.slug]);
    expect(event.joins).toEqual([
      { slug: copy.slug, to: enlist.slug, score: expect.any(Number), rule: 'near-copy' },
      { slug: rewrite.slug, to: expect.any(String), score: expect.any(Number), rule: 'same-event' },
    ]);
    for (const join of event.joins) expect(join.score).toBeGreaterThan(0.3);
    expect(events.find((e) => e.slugs.includes(other.slug))!.slugs).toEqual([other.slug]);
    // Every story in exactly one event; events newest first by their first report.
    expect(events.flatMap((e) => e.slugs).sort()).toEqual(
      [rewrite, other, copy, enlist].map((s) => s.slug).sort(),
    );
    expect(events.map((e) => e.id)).toEqual([other.slug, enlist.slug]);
  });

  it('keeps the same person’s next event apart, however alike the words', () => {
    const events = clusterEvents([discharge, enlist, copy]);
    expect(together(events, enlist, copy)).toBe(true);
    expect(together(events, enlist, discharge)).toBe(false);
  });

  it('keeps different events of one week apart (a comeback, then a chart record, then a tour)', () => {
    const tags = ['lumina'];
    const teaser = story(
      'LUMINA Announces April Comeback With Mini Album Afterglow',
      '2025-04-01T00:00:00Z',
      [
        'Girl group LUMINA will return on April 21 with its fourth mini album Afterglow, its agency said, releasing a teaser image of the five members on a rooftop at sunset.',
      ],
      tags,
    );
    const record = story(
      'LUMINA Breaks Own Record With Afterglow First-Week Sales',
      '2025-04-23T00:00:00Z',
      [
        'LUMINA sold 412,000 copies of Afterglow in its first week, a new record for the group, according to the Circle Chart.',
      ],
      tags,
    );
    const tour = story(
      'LUMINA Announces First World Tour Lumen, Starting in Seoul in July',
      '2025-04-24T00:00:00Z',
      [
        'LUMINA will hold its first world tour, Lumen, visiting 14 cities after two concerts in Seoul in July, the agency announced.',
      ],
      tags,
    );
    const win = story(
      'LUMINA Grabs First Music Show Trophy for Golden Hour',
      '2025-04-25T00:00:00Z',
      [
        'LUMINA won first place on Music Stage with Golden Hour, the title track of Afterglow, and the members cried on stage.',
      ],
      tags,
    );
    expect(clusterEvents([win, tour, record, teaser]).every((e) => e.slugs.length === 1)).toBe(
      true,
    );
  });

  it('does not chain: a report joins only a group it is like as a whole', () => {
    const tags = ['seo-tae-yang'];
    const a = story(
      'Seo Tae-yang Sues Moonrise Music Over Unpaid Settlements',
      '2025-02-05T00:00:00Z',
      [
        'Singer Seo Tae-yang filed a lawsuit against his agency Moonrise Music over unpaid settlements, asking the court to end his exclusive contract.',
      ],
      tags,
    );
    const b = story(
      'Seo Tae-yang Posts Letter After Suing Moonrise Music',
      '2025-02-06T00:00:00Z',
      [
        'A day after filing the lawsuit against Moonrise Music over unpaid settlements, Seo Tae-yang posted a handwritten letter to fans about the contract.',
      ],
      tags,
    );
    const c = story(
      'Seo Tae-yang Letter Fans Answer With Concert Donations',
      '2025-02-08T00:00:00Z',
      [
        'Fans answered the handwritten letter Seo Tae-yang posted to fans with donations in his name and a concert of his songs.',
      ],
      tags,
    );
    const events = clusterEvents([c, b, a]);
    expect(together(events, a, b)).toBe(true);
    expect(together(events, a, c)).toBe(false);
  });

  it('with a date unknown, joins only close copies: no window tells two events apart', () => {
    const undated = new Set([rewrite.slug, copy.slug, discharge.slug]);
    const events = clusterEvents([discharge, rewrite, copy, enlist], { undated });
    expect(together(events, enlist, copy)).toBe(true);
    expect(together(events, enlist, rewrite)).toBe(false);
    expect(together(events, enlist, discharge)).toBe(false);
  });

  it('follows the editor: a split keeps stories apart, a join puts events together', () => {
    const split = clusterEvents([rewrite, copy, enlist], {
      overrides: { join: [], split: [[rewrite.slug, enlist.slug]] },
    });
    expect(together(split, enlist, copy)).toBe(true);
    expect(together(split, enlist, rewrite)).toBe(false);
    const alone = clusterEvents([rewrite, copy, enlist], {
      overrides: { join: [], split: [[copy.slug]] },
    });
    expect(alone.find((e) => e.slugs.includes(copy.slug))!.slugs).toEqual([copy.slug]);
    const joined = clusterEvents([other, enlist, copy], {
      overrides: { join: [[other.slug, copy.slug]], split: [] },
    });
    const event = joined.find((e) => e.slugs.includes(other.slug))!;
    expect(event.slugs).toEqual([enlist.slug, copy.slug, other.slug]);
    expect(event.joins).toContainEqual({
      slug: other.slug,
      to: copy.slug,
      score: 1,
      rule: 'override',
    });
  });

  it('gives the same output for the same input, run after run', () => {
    const input = [discharge, rewrite, other, copy, enlist];
    const first = JSON.stringify(clusterEvents(input));
    expect(JSON.stringify(clusterEvents([...input]))).toBe(first);
    expect(groups(clusterEvents(input)).flat()).toHaveLength(5);
  });
});
