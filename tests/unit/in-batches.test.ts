// inBatches (src/content/emit/write-files.ts): every item once, a few at a time, no batch
// waiting for its slowest, nothing started after a failure.
import { describe, expect, it } from 'vitest';
import { inBatches } from '../../src/content/emit/write-files.ts';

const tick = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('inBatches', () => {
  it('does every item once, never more than `size` at once', async () => {
    const seen: number[] = [];
    let running = 0;
    let most = 0;
    await inBatches(
      Array.from({ length: 20 }, (_, i) => i),
      async (i) => {
        running++;
        most = Math.max(most, running);
        await tick(i % 3);
        seen.push(i);
        running--;
      },
      4,
    );
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(most).toBe(4);
  });

  it('starts the next item when any one ends, not when its whole batch has', async () => {
    const started: string[] = [];
    let releaseSlow!: () => void;
    const slow = new Promise<void>((done) => (releaseSlow = done));
    const run = inBatches(
      ['slow', 'a', 'b', 'c'],
      async (item) => {
        started.push(item);
        if (item === 'slow') await slow;
      },
      2,
    );
    await tick(5);
    // 'slow' still runs, yet everything after it has started and ended.
    expect(started).toEqual(['slow', 'a', 'b', 'c']);
    releaseSlow();
    await run;
  });

  it('throws the first failure and starts nothing after it', async () => {
    const started: number[] = [];
    await expect(
      inBatches(
        [0, 1, 2, 3, 4, 5],
        async (i) => {
          started.push(i);
          await tick(1);
          if (i === 1) throw new Error('item 1 failed');
        },
        2,
      ),
    ).rejects.toThrow('item 1 failed');
    // The lane that was running item 0 would have taken items 3, 4 and 5 by now.
    await tick(20);
    expect(started).toEqual([0, 1, 2]);
  });

  it('does nothing for no items', async () => {
    await inBatches([], async () => {
      throw new Error('never');
    });
  });
});
