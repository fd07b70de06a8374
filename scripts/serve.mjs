// Serves dist/ the way a plain static host or CDN does: files and folder index.html
// only, no rewrite to index.html; an unknown path gets dist/404.html with status 404.
// With --spa it answers unknown paths with index.html and status 200 instead, as hosts with
// an SPA fallback do (Netlify or Firebase with a catch-all rewrite, `vite preview`).
// Compressed responses are the .br/.gz files the build wrote (scripts/precompress.ts), as
// CDNs and static hosts send them; see scripts/lib/static-site.mjs.
// Usage: node scripts/serve.mjs [--port 4173] [--dir dist] [--spa]
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { createStaticSite } from './lib/static-site.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const dir = resolve(option('dir', 'dist'));
const port = Number(option('port', process.env.PORT ?? 4173));
const spa = args.includes('--spa');

const server = createServer(createStaticSite(dir, { spa }));

server.on('error', (error) => {
  console.error(`serve: cannot listen on port ${port}: ${error.message}`);
  process.exit(1);
});
// The address is printed from the listening callback: the socket accepts connections by then
// (scripts/lib/serve-dist.ts and tests connect as soon as they read it).
server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address();
  console.log(`Serving ${dir} at http://localhost:${actual}/ (Ctrl+C to stop)`);
});
