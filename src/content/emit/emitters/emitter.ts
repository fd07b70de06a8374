// The interface of one emitter: it writes the files of one kind from the emit context.
import type { EmitContext } from '../emit-context.ts';

export interface EmitOutput {
  /** Writes a value as stable JSON (stable-json.ts) at a site path like /data/site.json. */
  json: (path: string, value: unknown) => void;
  /** Writes text as it is. */
  text: (path: string, body: string) => void;
  /**
   * Writes what `make` gives, made only when needed: `inputs` must name everything the
   * file's bytes are made from (a build keeps the last build's file when they are the same;
   * tests/unit/emit-keys.test.ts holds every keyed file to that).
   */
  keyed: (path: string, inputs: string[], make: () => string) => void;
  /** Stable JSON (stable-json.ts), a story's summary worked out once. */
  stable: (value: unknown) => string;
}

/** Writes every file of one data path (src/config/data-paths.ts). */
export type DataEmitter = (context: EmitContext, out: EmitOutput) => void;

/** Writes a file for readers and crawlers outside the app, whose URLs are absolute. */
export type SiteFileEmitter = (
  context: EmitContext,
  abs: (path: string) => string,
  out: EmitOutput,
) => void;
