// npm run bench:serve: load on the `npm start` server (scripts/serve.mjs) serving the built
// site, as 50 readers at once: requests/s and p99 latency without compression and with
// `Accept-Encoding: br, gzip`, and the server's peak memory. Builds nothing: run
// `npm run build` first. Traffic stays on 127.0.0.1.
// Options: --dir dist, --seconds 10, --connections 50.
import { existsSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { option } from './lib/cli.ts';
import { samplePages } from './lib/sample-pages.ts';
import { serveDist } from './lib/serve-dist.ts';

const dist = resolve(option('dir') ?? 'dist');
const seconds = Number(option('seconds') ?? 10);
const connections = Number(option('connections') ?? 50);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`bench:serve: ${dist}/index.html is missing; run npm run build first`);
  process.exit(1);
}

// One page of each type, the scripts the home page loads, and a data file the app fetches.
const home = readFileSync(join(dist, 'index.html'), 'utf8');
// (named in the page's loader and preloads, not only in src attributes).
const scripts = [...new Set(home.match(/\/assets\/[\w.-]+\.js/g))];
const paths = [...samplePages(dist).map((p) => p.path), ...scripts, '/data/chunks/1.json'];

/** The server's peak resident memory in MB (Linux), or null where /proc is absent. */
const peakMemory = (pid: number) => {
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return null;
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'))?.[1];
  return kb ? Number(kb) / 1024 : null;
};

const encodingOf = (url: string, headers: Record<string, string>) =>
  new Promise<string>((done, fail) =>
    get(url, { headers }, (res) => {
      res.resume();
      done(`${res.statusCode} ${res.headers['content-encoding'] ?? 'identity'}`);
    }).on('error', fail),
  );

const RUNS: { name: string; headers: Record<string, string> }[] = [
  { name: 'uncompressed', headers: {} },
  { name: 'br, gzip', headers: { 'accept-encoding': 'br, gzip' } },
];

const site = await serveDist(dist);
const results: { name: string; rps: number; p99: number; mb: number | null }[] = [];
try {
  for (const run of RUNS) {
    const answers = await Promise.all(paths.map((p) => encodingOf(site.url + p, run.headers)));
    console.log(`${run.name}: ${paths.map((p, i) => `${p} ${answers[i]}`).join(', ')}`);
    const result = await autocannon({
      url: site.url,
      connections,
      duration: seconds,
      headers: run.headers,
      requests: paths.map((path) => ({ method: 'GET', path })),
    });
    if (result.errors || result.timeouts || result.non2xx)
      console.warn(
        `  ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`,
      );
    const mb = peakMemory(site.pid);
    results.push({ name: run.name, rps: result.requests.average, p99: result.latency.p99, mb });
    console.log(
      `  ${Math.round(result.requests.average)} requests/s, p99 ${result.latency.p99} ms, ` +
        `${(result.throughput.average / 1e6).toFixed(1)} MB/s sent; server peak memory so far ${mb?.toFixed(0) ?? 'n/a'} MB`,
    );
  }
} finally {
  await site.close();
}
const [plain, packed] = results;
if (plain && packed) {
  const ratio = packed.rps / plain.rps;
  const mb = packed.mb ?? plain.mb;
  console.log(
    `compressed/uncompressed throughput: ${ratio.toFixed(2)} (target >= 0.80); ` +
      `server peak memory ${mb?.toFixed(0) ?? 'n/a'} MB (target < 150 MB); ` +
      `${connections} connections, ${seconds} s a run, ${paths.length} paths`,
  );
}
