import { RuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import tseslint from 'typescript-eslint';
import { effectReturnsCleanup } from '../../eslint-rules/effect-returns-cleanup.js';

// RuleTester reports each case through the test framework's functions it is given.
Object.assign(RuleTester, { afterAll, describe, it, itOnly: it.only });

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const error = [{ messageId: 'value' }];

tester.run('effect-returns-cleanup', effectReturnsCleanup, {
  valid: [
    'useEffect(() => { doIt(); })',
    'useEffect(() => { if (x) return; doIt(); return undefined; })',
    'useLayoutEffect(() => { const stop = subscribe(); return stop; })',
    'useEffect(() => { window.addEventListener("x", f); return () => window.removeEventListener("x", f); })',
    'useEffect(() => () => stop())',
    'React.useEffect(function () { return function cleanup() {}; })',
    'useEffect(() => { const f = () => { return compute(); }; f(); })',
    'useEffect(() => { return x ? () => a() : undefined; })',
    'useMemo(() => compute())',
  ],
  invalid: [
    // The crash of issue 16: Chromium 156's scrollTo returns a Promise, React calls it.
    { code: 'useLayoutEffect(() => { if (n) return window.scrollTo(0, n); })', errors: error },
    { code: 'useEffect(() => window.scrollTo(0, 0))', errors: error },
    { code: 'useEffect(() => { return fetchThings(); })', errors: error },
    { code: 'React.useLayoutEffect(() => { return 5; })', errors: error },
    { code: 'useEffect(() => { for (;;) { if (x) return el.focus(); } })', errors: error },
    { code: 'useEffect(() => { return x ? () => a() : run(); })', errors: error },
    { code: 'useEffect(async () => { await load(); })', errors: error },
  ],
});
