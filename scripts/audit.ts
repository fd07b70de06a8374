// npm run audit: Lighthouse (mobile, the default config) on the built site's home, a story
// and a tag page; prints the four category scores per page. Run `npm run build` first.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROME_ARGS, CHROME_PATH } from './lib/chromium.ts';
import { samplePages } from './lib/sample-pages.ts';
import { serveDist } from './lib/serve-dist.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const site = await serveDist();
const chrome = await launch({
  chromePath: CHROME_PATH,
  chromeFlags: ['--headless=new', ...CHROME_ARGS],
});
const rows: string[][] = [];
try {
  for (const page of samplePages().slice(0, 3)) {
    const result = await lighthouse(`${site.url}${page.path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`no Lighthouse result for ${page.path}`);
    const scores = CATEGORIES.map((c) => String(Math.round((lhr.categories[c]?.score ?? 0) * 100)));
    const failing = CATEGORIES.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${c}/${ref.id}`),
    );
    const metrics = [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
    ].map((id) => lhr.audits[id]?.displayValue ?? '?');
    rows.push([page.name, ...scores, metrics.join(' / '), failing.join(' ')]);
  }
} finally {
  chrome.kill();
  await site.close();
}
console.log(['page', ...CATEGORIES, 'FCP / LCP / TBT / CLS', 'audits below 100%'].join('\t'));
for (const row of rows) console.log(row.join('\t'));
