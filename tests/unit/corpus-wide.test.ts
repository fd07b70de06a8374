// Decided over the whole site: a name a story introduces with strong evidence is known in the
// other stories, where a weak mention of it still needs its clue (the group, a fellow member).
import { describe, expect, it } from 'vitest';
import { tagStories } from './support.ts';

const DEBUT = `Crestline Music's New Girl Group VELLA/9 Debuts With "Moth Lantern"

Crestline Music's new four-member girl group VELLA/9 (벨라나인), made up of Sorin, Kit, Amaya and Pim, debuted on March 3 with the single "Moth Lantern."
`;

describe('names decided across the site', () => {
  it('a new group and its members are tagged where a later story names them bare', async () => {
    const [, chart] = await tagStories(
      DEBUT,
      `VELLA/9 Tops The Chart

VELLA/9 topped a music show this week. Sorin thanked fans, and Kit said the win felt unreal.
`,
    );
    expect(chart).toEqual(expect.arrayContaining(['group:VELLA/9', 'person:Sorin', 'person:Kit']));
  });

  it('a member whose stage name is a word is not tagged where nothing ties it to the group', async () => {
    const [, other] = await tagStories(
      DEBUT,
      `Designers Show New Bags In Seoul

The brand's press kit listed the new bags. Kit Harington was not there.
`,
    );
    expect(other!.join(' ')).not.toMatch(/person:Kit\b/);
  });

  it('a quoted title found as a title in one story is that title in another', async () => {
    const [, showcase] = await tagStories(
      DEBUT,
      `VELLA/9 Takes Its Single Abroad

The group is taking "Moth Lantern" to Bangkok next month.
`,
    );
    expect(showcase).toContain('song:Moth Lantern');
  });

  it('a member named with a show beside the group is known by stage name where the show is named', async () => {
    const [, lineup, later] = await tagStories(
      DEBUT,
      `VELLA/9's Kit Joins "Camp Nights"

VELLA/9's Kit joins the variety show "Camp Nights" as a fixed cast member.
`,
      `"Camp Nights" Renewed For A Second Season

The variety show "Camp Nights" returns in May, and Kit will stay on the show.
`,
    );
    expect(lineup).toEqual(expect.arrayContaining(['person:Kit', 'show:Camp Nights']));
    expect(later).toEqual(expect.arrayContaining(['show:Camp Nights', 'person:Kit']));
  });

  it('a member spelled another way is known beside the group, by romanization key', async () => {
    const [, later] = await tagStories(
      `Rookie Boy Group NOVA/3 Debuts

Orbit Lane's new three-member boy group NOVA/3, made up of Seojoon, Taehyun and Minwoo, debuted on May 2.
`,
      `NOVA/3 Wins Its First Trophy

NOVA/3 took its first music show win on Friday, and Seojun thanked the fans.
`,
    );
    expect(later).toEqual(expect.arrayContaining(['group:NOVA/3', 'person:Seojoon']));
  });

  it('a story that gives a member’s name in two romanizations makes one person of them', async () => {
    const [story] = await tagStories(
      `Rookie Group STRIDE/5 Debuts

Harbor Light's new five-member boy group STRIDE/5, made up of Junhoon, Amaru, Doyul, Keiju and Siwan, debuted on May 2 as the label's first K-pop idols. At the showcase, leader Junhun, as some outlets spell his name, thanked the fans.
`,
    );
    expect(story!.filter((t) => /^person:Junh/.test(t))).toEqual(['person:Junhoon']);
  });
});
