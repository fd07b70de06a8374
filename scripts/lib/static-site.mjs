// The request handler of scripts/serve.mjs: serves a built site the way a static host or CDN
// does. Plain JavaScript, because `npm start` runs it with node itself.
// - A path answers with its file, `path.html` or `path/index.html` (GitHub Pages, Netlify).
// - Dotfiles and dot folders (dist/.vite/ and the like) are never served: they answer 404.
// - Precompressed `.br` / `.gz` files beside a file (scripts/precompress.ts writes them) are
//   sent to clients that accept them, with `Vary: Accept-Encoding`; nothing is compressed
//   per request.
// - Ranges, conditional requests and HEAD are handled by `send` (the file engine under
//   Express's static middleware), which answers a bad range 416 instead of throwing.
import { readFile, stat } from 'node:fs/promises';
import { STATUS_CODES } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { contentType } from 'mime-types';
import Negotiator from 'negotiator';
import send from 'send';

// Server preference when the client likes both equally: brotli is smaller.
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
];
const isFile = (path) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/** The URL path decoded into segments, or null when it is malformed or not a plain path. */
const segmentsOf = (url) => {
  const raw = url.split(/[?#]/, 1)[0];
  if (!raw.startsWith('/')) return null;
  let path;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const segments = path.split('/').slice(1);
  // ".well-known" is the one dot folder hosts serve on purpose (RFC 8615).
  const hidden = segments.some((s, i) => s.startsWith('.') && !(i === 0 && s === '.well-known'));
  return hidden ? null : segments;
};

/** The file a path names: itself, itself + ".html", or its folder's index.html. */
const findFile = async (dir, segments) => {
  const path = join(dir, ...segments);
  if (path !== dir && !path.startsWith(dir + sep)) return null;
  const last = segments.at(-1);
  const candidates = last
    ? [path, `${path}.html`, join(path, 'index.html')]
    : [join(path, 'index.html')];
  for (const candidate of candidates) if (await isFile(candidate)) return candidate;
  return null;
};

/**
 * The precompressed variants that exist beside `file`, and the one to send: the client's
 * preferred encoding among them, or none. A range request gets the file itself: a range
 * means bytes of the file, and a client resuming a download must not get compressed bytes.
 */
const chooseVariant = async (req, file) => {
  const exists = await Promise.all(ENCODINGS.map((e) => isFile(file + e.suffix)));
  const present = ENCODINGS.filter((_, i) => exists[i]);
  if (!present.length || req.headers.range) return { present, chosen: null };
  const names = present.map((e) => e.name);
  const [best] = new Negotiator(req).encodings([...names, 'identity'], { preferred: names });
  return { present, chosen: present.find((e) => e.name === best) ?? null };
};

/** Headers for `file` sent as `chosen` (or as itself). */
const variantHeaders = (file, { present, chosen }) => ({
  'Content-Type': contentType(file.split(sep).at(-1)) || 'application/octet-stream',
  'Cache-Control': 'no-cache',
  ...(present.length ? { Vary: 'Accept-Encoding' } : {}),
  ...(chosen ? { 'Content-Encoding': chosen.name } : {}),
});

/** A whole page with a fixed status: the 404 page, or index.html as an SPA fallback. */
const sendPage = async (req, res, file, status) => {
  const variant = await chooseVariant({ headers: { ...req.headers, range: undefined } }, file);
  const body = await readFile(file + (variant.chosen?.suffix ?? ''));
  res.writeHead(status, { ...variantHeaders(file, variant), 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
};

/**
 * `spa`: unknown paths get index.html with status 200 (a host's SPA fallback rewrite);
 * otherwise 404.html with status 404, or plain "Not found" when the site has none.
 */
export const createStaticSite = (dir, { spa = false } = {}) => {
  const root = resolve(dir);

  const notFound = async (req, res) => {
    const page = join(root, spa ? 'index.html' : '404.html');
    if (await isFile(page)) return sendPage(req, res, page, spa ? 200 : 404);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  };

  const handle = async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      return res.end();
    }
    const segments = segmentsOf(req.url ?? '/');
    const file = segments && (await findFile(root, segments));
    if (!file) return notFound(req, res);
    const variant = await chooseVariant(req, file);
    for (const [name, value] of Object.entries(variantHeaders(file, variant)))
      res.setHeader(name, value);
    const sent = file + (variant.chosen?.suffix ?? '');
    // Relative to the root and URL-encoded, as send expects; it refuses ".." again itself.
    const relative = encodeURI(sent.slice(root.length).split(sep).join('/'));
    send(req, relative, { root, index: false, dotfiles: 'allow', acceptRanges: !variant.chosen })
      .on('error', (error) => {
        // send has set headers for the file (and those above): none belong to an error.
        if (res.headersSent) return res.destroy();
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        if (error.status === 404) return notFound(req, res).catch(() => res.destroy());
        const status = error.status ?? 500;
        // A 416 carries `Content-Range: bytes */SIZE` in error.headers.
        res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...error.headers });
        res.end(STATUS_CODES[status]);
      })
      .pipe(res);
  };

  // Whatever goes wrong in one request answers that request 500: nothing ends the process.
  return (req, res) =>
    handle(req, res).catch((error) => {
      console.error(`${req.method} ${req.url}: ${error?.stack ?? error}`);
      if (res.headersSent) return res.destroy();
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal server error');
    });
};
