// The `npm start` server (scripts/serve.mjs), started for real on a small site made here:
// hostile ranges, precompressed files, build internals and the moment it prints its URL.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type Served } from '../../scripts/lib/serve-dist.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

// node:http rather than fetch: fetch adds its own Accept-Encoding and decodes the body.
const get = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Promise<Answer>((resolve, reject) => {
    const req = request(url, { headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });

// Varied text, large enough that different compression settings give different bytes.
const text = (label: string) =>
  `<!doctype html><title>${label}</title>` +
  Array.from({ length: 300 }, (_, i) => `<p>${label} paragraph ${i} ${(i * 7919) % 1013}</p>`).join(
    '\n',
  );
const INDEX = text('home');
const SCRIPT = `export const words = ${JSON.stringify(text('script').split(' '))};`;
const NOT_FOUND = text('not found');
const TAGS = text('tags');
// Precompressed at settings an on-the-fly compressor would not use, so that the test can tell
// the file on disk from a response compressed again per request.
const br = (s: string) =>
  brotliCompressSync(s, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
const gz = (s: string) => gzipSync(s, { level: 1 });

let dir: string;
let site: Served;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'serve-test-'));
  const files: Record<string, string | Buffer> = {
    'index.html': INDEX,
    'index.html.br': br(INDEX),
    'index.html.gz': gz(INDEX),
    'app.js': SCRIPT,
    'app.js.br': br(SCRIPT),
    'app.js.gz': gz(SCRIPT),
    '404.html': NOT_FOUND,
    '404.html.br': br(NOT_FOUND),
    'tags/index.html': TAGS,
    'card.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5, 6, 7, 8]),
    '.vite/manifest.json': '{"src/main.tsx":{"file":"assets/index.js","isEntry":true}}',
    '.env': 'SECRET=1',
  };
  for (const [name, body] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), body);
  }
  site = await serveDist(dir);
});

afterAll(async () => {
  await site?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('ranges', () => {
  const size = Buffer.byteLength(INDEX);

  it('answers 416 to bytes=100-50 and keeps serving', async () => {
    const answer = await get(`${site.url}/index.html`, { Range: 'bytes=100-50' });
    expect(answer.status).toBe(416);
    expect(answer.headers['content-range']).toBe(`bytes */${size}`);
    expect((await get(`${site.url}/index.html`)).status).toBe(200);
  });

  it('answers bytes=-5 with the last five bytes', async () => {
    const answer = await get(`${site.url}/index.html`, { Range: 'bytes=-5' });
    expect(answer.status).toBe(206);
    expect(answer.headers['content-range']).toBe(`bytes ${size - 5}-${size - 1}/${size}`);
    expect(answer.body.toString()).toBe(INDEX.slice(-5));
  });

  it('answers a range inside the file with those bytes', async () => {
    const answer = await get(`${site.url}/index.html`, { Range: 'bytes=10-19' });
    expect(answer.status).toBe(206);
    expect(answer.headers['content-range']).toBe(`bytes 10-19/${size}`);
    expect(answer.body.toString()).toBe(INDEX.slice(10, 20));
  });

  it('answers 416 to a range past the end', async () => {
    const answer = await get(`${site.url}/index.html`, { Range: `bytes=${size}-` });
    expect(answer.status).toBe(416);
    expect(answer.headers['content-range']).toBe(`bytes */${size}`);
  });

  it('applies a range to the file itself, not to a compressed copy', async () => {
    const answer = await get(`${site.url}/index.html`, {
      Range: 'bytes=0-9',
      'Accept-Encoding': 'br, gzip',
    });
    expect(answer.status).toBe(206);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toBe(INDEX.slice(0, 10));
  });
});

describe('precompressed files', () => {
  it('sends the .br file to a client that accepts brotli', async () => {
    const answer = await get(`${site.url}/app.js`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['vary']).toMatch(/accept-encoding/i);
    expect(answer.headers['content-type']).toMatch(/^text\/javascript/);
    expect(answer.body.equals(br(SCRIPT))).toBe(true);
  });

  it('sends the .gz file when brotli is refused', async () => {
    const answer = await get(`${site.url}/app.js`, { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.body.equals(gz(SCRIPT))).toBe(true);
  });

  it('sends the file itself without Accept-Encoding, still saying it varies', async () => {
    const answer = await get(`${site.url}/app.js`);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers['vary']).toMatch(/accept-encoding/i);
    expect(answer.body.toString()).toBe(SCRIPT);
  });

  it('sends a folder index page compressed too', async () => {
    const answer = await get(`${site.url}/`, { 'Accept-Encoding': 'br' });
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
    expect(brotliDecompressSync(answer.body).toString()).toBe(INDEX);
  });

  it('sends the 404 page compressed, with status 404', async () => {
    const answer = await get(`${site.url}/no/such/page`, { 'Accept-Encoding': 'br, gzip' });
    expect(answer.status).toBe(404);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(answer.body).toString()).toBe(NOT_FOUND);
  });
});

describe('what is served', () => {
  it('answers /tags and /tags/ with the folder index page', async () => {
    for (const path of ['/tags', '/tags/'])
      expect((await get(`${site.url}${path}`)).body.toString()).toBe(TAGS);
  });

  it('does not serve build internals or dotfiles', async () => {
    for (const path of ['/.vite/manifest.json', '/%2Evite/manifest.json', '/.env', '/.vite/']) {
      const answer = await get(`${site.url}${path}`);
      expect(answer.status, path).toBe(404);
      expect(answer.body.toString(), path).toBe(NOT_FOUND);
    }
  });

  it('answers HEAD without a body', async () => {
    const answer = await get(`${site.url}/app.js`, {}, 'HEAD');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(SCRIPT)));
    expect(answer.body.length).toBe(0);
  });

  it('answers other methods 405', async () => {
    expect((await get(`${site.url}/app.js`, {}, 'POST')).status).toBe(405);
  });

  it('answers unknown paths with index.html and status 200 with --spa', async () => {
    const spa = await serveDist(dir, { spa: true });
    try {
      const answer = await get(`${spa.url}/tags/unknown`, { 'Accept-Encoding': 'gzip' });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe('gzip');
      expect(answer.body.equals(gz(INDEX))).toBe(true);
    } finally {
      await spa.close();
    }
  });
});

it('prints its URL only once it accepts connections', async () => {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0', '--dir', dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const connected = await new Promise<boolean>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const port = /:(\d+)\//.exec(chunk.toString())?.[1];
        if (!port) return;
        // At once, in the same tick as the line: no retry, no delay.
        const socket = connect(Number(port), '127.0.0.1');
        socket.on('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
      });
    });
    expect(connected).toBe(true);
  } finally {
    child.kill();
  }
});
