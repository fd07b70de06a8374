import { describe, expect, it } from 'vitest';
import { featuring } from '../../../src/content/tag/rules/featuring.ts';
import { names } from './support.ts';

describe('featuring rule', () => {
  it('reads the artists credited on a track', () => {
    expect(
      names(featuring, 'His single "Seven (feat. Latto)" and a duet with Bruno Mars.'),
    ).toEqual([
      ['person', 'Latto'],
      ['person', 'Bruno Mars'],
    ]);
    expect(names(featuring, '"Sudden Shower," performed by ECLIPSE, topped the chart.')).toEqual([
      ['group', 'ECLIPSE'],
    ]);
  });
  it('reads "teamed up with" and "performed by" only in a story about music', () => {
    expect(names(featuring, 'The company teamed up with OpenAI.', {}, { kpop: false })).toEqual([]);
  });
});
