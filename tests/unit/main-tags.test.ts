import { describe, expect, it } from 'vitest';
import type { TagRef } from '../../src/contract/model';
import { leadingTags, mainTags } from '../../src/lib/main-tags';

const tag = (id: string, kind: TagRef['kind']): TagRef => ({ id, name: id, kind });
// In tag order: the headline's names first (a show, its network, an actor), then the rest.
const tags = [
  tag('paper-lanterns', 'show'),
  tag('netflix', 'org'),
  tag('geum-na-rae', 'person'),
  tag('theme-song', 'song'),
  tag('noh-jae-won', 'person'),
];

describe('a story’s leading tags', () => {
  it('are its main kinds in tag order, for the share card and the line under the headline', () => {
    expect(mainTags(tags).map((t) => t.id)).toEqual([
      'paper-lanterns',
      'geum-na-rae',
      'noh-jae-won',
    ]);
  });
  it('put the main kinds first in a list’s chips, then the others', () => {
    expect(leadingTags(tags, 4).map((t) => t.id)).toEqual([
      'paper-lanterns',
      'geum-na-rae',
      'noh-jae-won',
      'netflix',
    ]);
  });
});
