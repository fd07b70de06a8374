import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// jsdom lacks scrolling; React Router's scroll restoration calls it on every navigation.
beforeEach(() => {
  vi.stubGlobal('scrollTo', vi.fn());
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.documentElement.className = '';
  document.head.querySelectorAll('title').forEach((title) => title.remove());
  localStorage.clear();
});
