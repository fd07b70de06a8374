import { describe, expect, it } from 'vitest';
import { emitData } from '../../src/content/emit/emit.ts';
import { castRoles } from '../../src/content/emit/roles.ts';
import type { TagDetail } from '../../src/contract/model.ts';
import type { Entity } from '../../src/content/validate/schema.ts';
import { seedCorpus } from './support.ts';

const entities: Entity[] = [
  { id: 'show-a', name: 'Show A', kind: 'show', cast: ['actor-a', 'actor-b'] },
  { id: 'actor-a', name: 'Actor A', kind: 'person' },
  { id: 'actor-b', name: 'Actor B', kind: 'person' },
  { id: 'hero', name: 'Hero', kind: 'character', show: 'show-a', playedBy: 'actor-a' },
  // No actor recorded: no pair, even though the show's cast names Actor B.
  { id: 'villain', name: 'Villain', kind: 'character', show: 'show-a' },
  // An actor and no show: the actor's page lists the character alone.
  { id: 'cameo', name: 'Cameo', kind: 'character', playedBy: 'actor-b' },
];

describe('cast roles', () => {
  const roles = castRoles(entities, (id) => id !== 'hero');

  it('pairs a show with the actors of its characters, only where the knowledge says', () => {
    expect(roles.get('show-a')).toEqual([
      {
        actor: { id: 'actor-a', name: 'Actor A', page: true },
        character: { id: 'hero', name: 'Hero', page: false },
        show: { id: 'show-a', name: 'Show A', page: true },
      },
    ]);
  });

  it('gives an actor the characters they played, with the show when there is one', () => {
    expect(roles.get('actor-a')!.map((r) => [r.character.name, r.show?.name])).toEqual([
      ['Hero', 'Show A'],
    ]);
    expect(roles.get('actor-b')!.map((r) => [r.character.name, r.show?.name])).toEqual([
      ['Cameo', undefined],
    ]);
    expect(roles.has('villain')).toBe(false);
  });

  it('reaches the tag pages of the seeds', () => {
    const files = emitData(seedCorpus());
    const info = (id: string) => JSON.parse(files.get(`data/tags/${id}/info.json`)!) as TagDetail;
    const show = info('all-of-us-are-dead').roles!;
    expect(show.map((r) => `${r.actor.name} as ${r.character.name}`)).toEqual(
      expect.arrayContaining(['Yoon Chan Young as Lee Cheong San', 'Park Ji Hu as Nam On Jo']),
    );
    // No story names Park Ji Hu: the pair is shown, her name links nowhere.
    expect(show.find((r) => r.actor.id === 'park-ji-hu')!.actor.page).toBe(false);
    // Hee Soo has no actor in the registry: not paired with anyone.
    expect(show.some((r) => r.character.name === 'Hee Soo')).toBe(false);
    expect(
      info('yoon-chan-young').roles!.map((r) => `${r.character.name} in ${r.show?.name}`),
    ).toEqual(['Lee Cheong San in All of Us Are Dead']);
    expect(info('lee-jae-kyu').roles).toBeUndefined();
  });
});

describe('cast roles of a show the text introduces', () => {
  it('list the actors and characters its cast lines give, as for a known show', async () => {
    const { tagStoriesCorpus } = await import('./support.ts');
    const corpus = await tagStoriesCorpus(
      'Lanterns Cast\n\ntvN\'s new drama "Paper Lantern Street" confirmed its leads. Kang Do-yun stars as Seo Ji-ho, a night-shift nurse, and Moon Ha-rin plays Yoon Bo-ra, her stubborn neighbour.\n',
    );
    // Yoon Bo-ra is also SISTAR's Bora's name: played here, she is a character.
    expect(corpus.articles[0]!.tags.map((t) => t.id)).not.toContain('yoon-bora-sistar');
    const show = corpus.entities.find((e) => e.name === 'Paper Lantern Street')!;
    const roles = castRoles(corpus.entities as Entity[], () => true).get(show.id) ?? [];
    expect(roles.map((r) => `${r.actor.name} as ${r.character.name}`).sort()).toEqual([
      'Kang Do-yun as Seo Ji-ho',
      'Moon Ha-rin as Yoon Bo-ra',
    ]);
  });
});
