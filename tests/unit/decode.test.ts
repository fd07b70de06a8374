import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../src/content/read/decode.ts';
import { bytes } from './support.ts';

describe('decodeSeed', () => {
  it('drops a byte order mark and folds CRLF and CR to LF', () => {
    const result = decodeSeed('seeds/a.txt', bytes('\uFEFFTitle\r\n\r\nBody\rMore'));
    expect(result).toEqual({ ok: true, text: 'Title\n\nBody\nMore' });
  });
  it('rejects a file with a NUL byte as binary, naming its line', () => {
    const result = decodeSeed(
      'seeds/a.txt',
      new Uint8Array([...bytes('Title\n\nBody\n'), 0, 1, 2]),
    );
    expect(result).toEqual({
      ok: false,
      problem: { file: 'seeds/a.txt', line: 4, message: expect.stringMatching(/binary/) },
    });
  });
  it('rejects invalid UTF-8, naming the first bad line', () => {
    const latin1 = new Uint8Array([...bytes('Title\n\nCaf'), 0xe9, ...bytes(' story\n')]);
    expect(decodeSeed('seeds/a.txt', latin1)).toEqual({
      ok: false,
      problem: { file: 'seeds/a.txt', line: 3, message: expect.stringMatching(/UTF-8/) },
    });
  });
  it('rejects an empty or blank file', () => {
    for (const text of ['', '\n\n  \t\n', '\uFEFF']) {
      expect(decodeSeed('seeds/a.txt', bytes(text))).toEqual({
        ok: false,
        problem: { file: 'seeds/a.txt', line: 1, message: 'file is empty' },
      });
    }
  });
  it('names UTF-16 for what it is', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x54, 0x00, 0x0a, 0x00]);
    expect(decodeSeed('seeds/a.txt', utf16)).toEqual({
      ok: false,
      problem: { file: 'seeds/a.txt', line: 1, message: 'UTF-16 text: save the file as UTF-8' },
    });
  });
});
