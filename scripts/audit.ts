// npm run audit [-- --runs N] [--pages home,story]: Lighthouse 12 (mobile, simulated slow 4G and 4x CPU: the
// default config) on one page of each type of the built site, served gzipped like a CDN
// serves it, and on each page's no-JS twin (scripts removed, CSS inline) in the same run.
// Prints per page the four category scores, FCP, LCP, TBT and CLS, the twin's LCP and the
// ratio LCP / twin LCP: medians over the runs with [min-max]. Exits 1 when a page misses a
// target: a median score under 100 or a median ratio over 1.15 (medians, as Lighthouse's
// own advice for noisy machines goes; the spread shows the worst run). Run `npm run build` first.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROME_ARGS, CHROME_PATH } from './lib/chromium.ts';
import { option } from './lib/cli.ts';
import { writeTwins } from './lib/no-js-twin.ts';
import { missingPageTypes, SAMPLED, samplePages } from './lib/sample-pages.ts';
import { serveDist } from './lib/serve-dist.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGET = { score: 100, lcpRatio: 1.15 };
// SITE_DIR audits another build, e.g. one of the main branch for a baseline.
const DIST = process.env.SITE_DIR ?? 'dist';

const RUNS = Math.max(1, Number(option('runs') ?? 3) || 1);
// --pages story,tag: only these page types (the sample names in src/prerender/page-types.ts).
const only = option('pages')
  ?.split(',')
  .map((name) => name.trim());

interface Measure {
  scores: number[];
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** The element Lighthouse took for the LCP: where to look when a ratio is off. */
  lcpElement: string;
  failing: string[];
}

/** The LCP element's selector, from the audit that names it. */
const lcpElementOf = (details: unknown): string => {
  const found = JSON.stringify(details ?? {}).match(/"selector":"([^"]*)"/);
  return found?.[1] ?? '?';
};

const known = SAMPLED.map((t) => t.name);
const unknown = only?.filter((name) => !known.includes(name)) ?? [];
if (unknown.length || only?.length === 0) {
  console.error(`--pages: unknown page type ${unknown.join(', ')}; known: ${known.join(',')}`);
  process.exit(1);
}
const pages = samplePages(DIST).filter((p) => !only || only.includes(p.name));
const twinDir = writeTwins(
  DIST,
  pages.map((p) => p.path),
);
const [site, twins] = await Promise.all([serveDist(DIST), serveDist(twinDir)]);
const chrome = await launch({
  chromePath: CHROME_PATH,
  chromeFlags: ['--headless=new', ...CHROME_ARGS],
});

// A page of the reader's own (Following, Saved) is noindex by design: Lighthouse's SEO
// category then fails "is-crawlable", which such a page must fail. It is left out of that
// page's SEO score and of its failing audits; every other SEO audit still counts.
const NOINDEX = /<meta name="robots" content="noindex"/;
const isNoindex = (path: string) =>
  NOINDEX.test(readFileSync(join(DIST, path.replace(/\/?$/, '/index.html')), 'utf8'));
const BY_DESIGN = 'is-crawlable';

const audit = async (url: string, noindex = false): Promise<Measure> => {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`no Lighthouse result for ${url}`);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const counted = (c: string) =>
    (lhr.categories[c]?.auditRefs ?? []).filter(
      (ref) => !(noindex && c === 'seo' && ref.id === BY_DESIGN),
    );
  const scoreOf = (c: string) => {
    if (!(noindex && c === 'seo')) return lhr.categories[c]?.score ?? 0;
    const refs = counted(c).filter((ref) => ref.weight > 0);
    const weight = refs.reduce((sum, ref) => sum + ref.weight, 0);
    return (
      refs.reduce((sum, ref) => sum + ref.weight * (lhr.audits[ref.id]?.score ?? 0), 0) / weight
    );
  };
  return {
    scores: CATEGORIES.map((c) => Math.round(scoreOf(c) * 100)),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    lcpElement: lcpElementOf(lhr.audits['largest-contentful-paint-element']?.details),
    failing: CATEGORIES.flatMap((c) =>
      counted(c)
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${c}/${ref.id}`),
    ),
  };
};

// Runs interleave the page types and put each page beside its twin, so a slow moment on
// this shared machine hits both halves of a ratio rather than one page type.
const results = new Map(pages.map((p) => [p.name, [] as { app: Measure; twin: Measure }[]]));
try {
  for (let run = 1; run <= RUNS; run++) {
    for (const page of pages) {
      const app = await audit(`${site.url}${page.path}`, isNoindex(page.path));
      const twin = await audit(`${twins.url}${page.path}`);
      results.get(page.name)!.push({ app, twin });
      console.error(
        `run ${run}/${RUNS} ${page.name}: LCP ${ms(app.lcp)} (${app.lcpElement}), twin ${ms(twin.lcp)}, scores ${app.scores.join('/')}`,
      );
    }
  }
} finally {
  chrome.kill();
  await Promise.all([site.close(), twins.close()]);
  rmSync(twinDir, { recursive: true, force: true });
}

function ms(n: number) {
  return `${Math.round(n)} ms`;
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
/** Median [min-max], or the one figure of a single run. */
const spread = (xs: number[], format: (n: number) => string) =>
  xs.length === 1
    ? format(xs[0]!)
    : `${format(median(xs))} [${format(Math.min(...xs))}-${format(Math.max(...xs))}]`;
const s = (n: number) => (n / 1000).toFixed(2);

let missed = false;
console.log(
  `Lighthouse mobile, ${RUNS} run(s) per page; medians [min-max]; times in seconds; ratio = LCP / no-JS twin's LCP`,
);
console.log(
  [
    'page',
    ...CATEGORIES,
    'FCP',
    'LCP',
    'TBT ms',
    'CLS',
    'twin LCP',
    'ratio',
    'target',
    'audits below 100%',
  ].join('\t'),
);
for (const page of pages) {
  const rows = results.get(page.name)!;
  const apps = rows.map((r) => r.app);
  const ratios = rows.map((r) => r.app.lcp / r.twin.lcp);
  const scores = CATEGORIES.map((_, i) => median(apps.map((a) => a.scores[i]!)));
  const met = scores.every((x) => x >= TARGET.score) && median(ratios) <= TARGET.lcpRatio;
  missed ||= !met;
  console.log(
    [
      page.name,
      ...scores.map(
        (x, i) =>
          spread(
            apps.map((a) => a.scores[i]!),
            String,
          ) || String(x),
      ),
      spread(
        apps.map((a) => a.fcp),
        s,
      ),
      spread(
        apps.map((a) => a.lcp),
        s,
      ),
      spread(
        apps.map((a) => a.tbt),
        (n) => String(Math.round(n)),
      ),
      spread(
        apps.map((a) => a.cls),
        (n) => n.toFixed(3),
      ),
      spread(
        rows.map((r) => r.twin.lcp),
        s,
      ),
      spread(ratios, (n) => n.toFixed(2)),
      met ? 'met' : 'MISSED',
      [...new Set(apps.flatMap((a) => a.failing))].join(' '),
    ].join('\t'),
  );
}
const missing = missingPageTypes(DIST);
if (missing.length) console.log(`not in this build, skipped: ${missing.join(', ')}`);
console.log(
  `targets: median scores ${TARGET.score}, median ratio <= ${TARGET.lcpRatio}: ${missed ? 'MISSED' : 'met'}`,
);
process.exitCode = missed ? 1 : 0;
