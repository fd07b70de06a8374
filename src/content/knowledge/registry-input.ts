// The editor's registry as the pipeline receives it: the file's bytes, nothing when there
// is no file (an empty registry), or why an existing file could not be read. Decoded as
// strictly as a seed: a Latin-1 registry would otherwise put U+FFFD into names.
import type { SourceText } from './build-knowledge.ts';
import type { Problem } from '../problems.ts';
import { decodeSeed } from '../read/decode.ts';

export interface RegistryInput {
  /** Path relative to the project root: seeds/entities.json. */
  path: string;
  /** The file's bytes; absent when there is no such file, which is an empty registry. */
  bytes?: Uint8Array;
  /** Why a file of that name exists but cannot be read (a folder, no permission). */
  unreadable?: string;
}

const EMPTY_REGISTRY = '{ "entities": [] }';

export const registrySource = (
  input: RegistryInput,
): { ok: true; source: SourceText } | { ok: false; problem: Problem } => {
  const { path, bytes, unreadable } = input;
  if (unreadable) return { ok: false, problem: { file: path, line: 1, message: unreadable } };
  if (!bytes) return { ok: true, source: { path, text: EMPTY_REGISTRY } };
  const decoded = decodeSeed(path, bytes, 'the registry');
  return decoded.ok ? { ok: true, source: { path, text: decoded.text } } : decoded;
};
