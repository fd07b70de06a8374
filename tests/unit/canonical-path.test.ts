import { describe, expect, it } from 'vitest';
import { canonicalPath } from '../../src/lib/canonical-path';

describe('canonicalPath', () => {
  it.each([
    ['/', '/'],
    ['/index.html', '/'],
    ['/tags', '/tags'],
    ['/tags/', '/tags'],
    ['/tags/index.html', '/tags'],
    ['/tags/bts/', '/tags/bts'],
    ['/articles/a-story-51d5df//', '/articles/a-story-51d5df'],
    ['/tags/index.html.bak', '/tags/index.html.bak'],
  ])('%s is the page of %s', (address, path) => {
    expect(canonicalPath(address)).toBe(path);
  });
});
