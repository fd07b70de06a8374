// What a build wrote, for the next one: every output file with the hash of its bytes and
// the hash of the inputs it was made from. Pure planning: which outputs can stay, which are
// gone. The file system is output-writer.ts's business.
import { hash } from 'node:crypto';

export interface OutputEntry {
  /** Hash of the file's bytes (for a file another tool wrote, of its inputs). */
  h: string;
  /** Hash of what it was made from (a page's data, a twin's source): equal, not made again. */
  k?: string;
  /**
   * Hash of exactly what a data file is made from, when the build plans it by key (emit.ts's
   * LazyFile): equal, the file is kept without being made.
   */
  i?: string;
  /** No file: made from `k`, the output was decided against (a twin not smaller than its source). */
  n?: true;
  /**
   * A page's data files (what its load read), whose hashes with the page's other inputs make
   * `k`: the next build recomputes `k` from this build's hashes of them, without reading them.
   */
  d?: string[];
  /** A page's share card, made from the same `k`: kept with the page. */
  c?: string;
  /**
   * A page's search record: the hash of what it was made from (`k` and what else it reads)
   * and of its content, which keys its part of the index (search-index.ts). A neighbour's
   * link changes a story's data file, not its record: the part is kept.
   */
  r?: [from: string, content: string];
}

export interface BuildManifest {
  version: 1;
  /** Site path without a leading slash -> its entry. */
  outputs: Record<string, OutputEntry>;
}

export const emptyManifest = (): BuildManifest => ({ version: 1, outputs: {} });

const NUL = new Uint8Array(1);

/**
 * SHA-256 of the parts, each followed by a NUL byte (base64url, 24 characters). One call
 * of `crypto.hash` on the joined bytes: a hash object a call cost twice as much for the
 * ~50,000 short keys of a 10,000-story build. Same digests as updating part by part.
 */
export const hashOf = (...parts: (string | Uint8Array)[]) => {
  // No parts: the empty input, as the part-by-part hash had it.
  const data = !parts.length
    ? ''
    : parts.every((part) => typeof part === 'string')
      ? `${parts.join('\0')}\0`
      : Buffer.concat(
          parts.flatMap((part) => [typeof part === 'string' ? Buffer.from(part) : part, NUL]),
        );
  return hash('sha256', data, 'base64url').slice(0, 24);
};

/** A site path as the manifest keys it: forward slashes, no leading slash. */
export const outputKey = (path: string) =>
  // Most paths are keys already: called for every file of every step (millions at 100,000 stories).
  path.includes('\\') || path.startsWith('/')
    ? path.replaceAll('\\', '/').replace(/^\/+/, '')
    : path;

/**
 * Can an output stay as the previous build left it? Only when that build recorded the same
 * bytes (or inputs), the file is still there (or was decided against: none to be there), and
 * nothing else wrote it in this build (a file Vite's bundle or public/ holds).
 */
export const canKeep = (
  previous: OutputEntry | undefined,
  want: { h?: string; k?: string },
  onDisk: boolean,
  touched: boolean,
) =>
  previous !== undefined &&
  (onDisk || previous.n === true) &&
  !touched &&
  (want.h === undefined || previous.h === want.h) &&
  (want.k === undefined || previous.k === want.k);

/** Outputs of the previous build this one did not write: to delete, sorted. */
export const staleOutputs = (previous: BuildManifest, current: BuildManifest) =>
  Object.keys(previous.outputs)
    .filter((path) => !(path in current.outputs))
    .sort();
