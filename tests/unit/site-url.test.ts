import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, siteUrlOf } from '../../src/config/site.ts';

describe('the base URL a build writes into absolute links', () => {
  it('is SITE_URL without a trailing slash, with no warning', () => {
    expect(
      siteUrlOf({ SITE_URL: 'https://kwave.example/', NODE_ENV: 'production', CI: 'true' }),
    ).toEqual({ url: 'https://kwave.example', warning: null });
  });

  it.each([
    { NODE_ENV: 'production' },
    { CI: 'true' },
    { CI: '1' },
    { SITE_URL: '', NODE_ENV: 'production' },
    { SITE_URL: '  ', CI: 'true' },
  ])('falls back to localhost with a warning naming SITE_URL for %o', (env) => {
    const { url, warning } = siteUrlOf(env);
    expect(url).toBe(DEFAULT_SITE_URL);
    expect(warning).toMatch(/SITE_URL is not set/);
    expect(warning).toContain(DEFAULT_SITE_URL);
  });

  it.each([{}, { NODE_ENV: 'development' }, { CI: 'false' }, { CI: '0' }, { CI: '' }])(
    'falls back to localhost quietly on a local build: %o',
    (env) => {
      expect(siteUrlOf(env)).toEqual({ url: DEFAULT_SITE_URL, warning: null });
    },
  );
});
