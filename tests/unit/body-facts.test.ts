// A story's body facts (src/content/read/body-facts.ts): the hash and words the seed memo
// keeps are given to that body alone; a story copied with another body is worked out afresh.
import { describe, expect, it } from 'vitest';
import { bodyFacts, factsOf, rememberFacts } from '../../src/content/read/body-facts.ts';
import type { Block } from '../../src/contract/model.ts';

describe('body facts', () => {
  it('gives a body the facts remembered for it, and another body its own', () => {
    const body: Block[] = [{ type: 'paragraph', lines: ['IVE will meet fans in Seoul.'] }];
    expect(bodyFacts(body)).toEqual(factsOf(body));
    expect(factsOf(body).words).toBe(6);
    // Remembered (as the seed memo hands them back), they are used as they are.
    const kept = [{ type: 'paragraph' as const, lines: ['IVE will meet fans in Seoul.'] }];
    rememberFacts(kept, { key: 'from the memo', words: 6 });
    expect(bodyFacts(kept).key).toBe('from the memo');
    // A copy of the story with a longer body: not the remembered facts.
    const longer: Block[] = [...kept, { type: 'list', items: ['one more line'] }];
    expect(bodyFacts(longer)).toEqual(factsOf(longer));
    expect(bodyFacts(longer).words).toBe(9);
    expect(bodyFacts(longer).key).not.toBe(factsOf(body).key);
  });
});
