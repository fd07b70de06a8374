// Where share cards are drawn: a pool of worker threads (the build's), or this thread.
// Both take a card's content and give its PNG and timings; a failure is that card's
// rejected promise, never a crashed process.
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { DrawnCard } from './render-card.ts';
import type { CardContent } from './share-card.ts';

export interface CardDrawer {
  draw: (content: CardContent) => Promise<DrawnCard>;
  /** Threads drawing at once. */
  threads: number;
  /** Stops the workers; the drawer draws no more. */
  close: () => Promise<void>;
}

/** The worker module: plain JavaScript that loads tsx, then the TypeScript drawing code. */
export const CARD_WORKER = new URL('./card-worker.mjs', import.meta.url);

/**
 * One worker per core (`os.availableParallelism()`): each registers the fonts once, when
 * it starts (see card-worker.mjs), and then draws card after card. The
 * main thread only writes files meanwhile. `worker` is for tests.
 */
export const createCardPool = ({
  threads = availableParallelism(),
  worker = CARD_WORKER,
}: { threads?: number; worker?: URL } = {}): CardDrawer => {
  const pool = new Tinypool({
    filename: worker.href,
    minThreads: threads,
    maxThreads: threads,
    // The worker loads tsx itself: the parent's flags (tsx's, vitest's) are not its business.
    execArgv: [],
    // Workers wait for tasks on the event loop, not in Atomics.wait: canvases are
    // freed by finalizers that run from the event loop (see card-worker.mjs).
    useAtomics: false,
  });
  return {
    draw: (content) => pool.run(content) as Promise<DrawnCard>,
    threads,
    close: () => pool.destroy(),
  };
};

/** Draws on this thread, one card after another: the bench's one-thread comparison. */
export const createMainThreadDrawer = (): CardDrawer => {
  let chain: Promise<unknown> = Promise.resolve();
  return {
    // One after another: painting and encoding are both synchronous work on this thread.
    draw: (content) => {
      // The drawing code is loaded here only: a build draws in workers, which load their own.
      const drawn = chain.then(async () => (await import('./render-card.ts')).drawCard(content));
      chain = drawn.catch(() => undefined);
      return drawn;
    },
    threads: 1,
    close: async () => {},
  };
};
