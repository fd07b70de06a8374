// Turns seed (and registry) bytes into normalised text, or says why it cannot (binary, not UTF-8, empty).
import type { Problem } from '../problems.ts';

const NUL = 0x00;
const LF = 0x0a;

const lineAt = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === LF) line++;
  return line;
};

/** The first line whose bytes are not valid UTF-8, or 0 when all are. */
const firstInvalidUtf8Line = (bytes: Uint8Array) => {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === LF) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      start = i + 1;
      line++;
    }
  }
  return 0;
};

export type Decoded = { ok: true; text: string } | { ok: false; problem: Problem };

/**
 * Strict decoding: UTF-8 only, BOM dropped, CRLF and CR folded to LF. `what` is the file's
 * role in messages: the registry is held to the same rule as the seeds.
 */
export const decodeSeed = (file: string, bytes: Uint8Array, what = 'a seed'): Decoded => {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      problem: { file, line: 1, message: 'UTF-16 text: save the file as UTF-8' },
    };
  }
  const nul = bytes.indexOf(NUL);
  if (nul >= 0) {
    const line = lineAt(bytes, nul);
    return {
      ok: false,
      problem: {
        file,
        line,
        message: `binary content (NUL byte): ${what} must be plain UTF-8 text`,
      },
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const line = firstInvalidUtf8Line(bytes) || 1;
    return {
      ok: false,
      problem: { file, line, message: 'not valid UTF-8 text (save the file as UTF-8)' },
    };
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '')
    return { ok: false, problem: { file, line: 1, message: 'file is empty' } };
  return { ok: true, text };
};
