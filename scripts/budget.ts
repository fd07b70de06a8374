// npm run budget: first-load JavaScript and CSS (gzip) of each page type of the built
// site, against the budgets (JS 110 KB, CSS 12 KB). Run `npm run build` first.
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH } from './lib/chromium.ts';
import { BUDGET, measureFirstLoad } from './lib/first-load.ts';
import { samplePages } from './lib/sample-pages.ts';
import { serveDist } from './lib/serve-dist.ts';

// Exact bytes, and KB of 1000 bytes as BUDGET is written.
const kb = (n: number) => `${n} B (${(n / 1000).toFixed(1)} KB)`;
const site = await serveDist();
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
let over = false;
try {
  console.log(['page', 'JS (gzip)', 'CSS (gzip)', 'files'].join('\t'));
  for (const page of samplePages()) {
    const load = await measureFirstLoad(browser, site.url, page.path);
    over ||= load.js > BUDGET.js || load.css > BUDGET.css;
    console.log([page.name, kb(load.js), kb(load.css), load.files.join(' ')].join('\t'));
  }
  console.log(`budget: JS ${kb(BUDGET.js)}, CSS ${kb(BUDGET.css)}: ${over ? 'OVER' : 'within'}`);
} finally {
  await browser.close();
  await site.close();
}
process.exitCode = over ? 1 : 0;
