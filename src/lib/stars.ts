// The reader's own marks: what they follow, save and have read, and when they last came.
// Kept in this browser only (no account, any static host): one localStorage entry, a few KB
// even with thousands of stories read, well under its 5 MB. Lists read it on every page, so
// this module is in the entry and stays small; export, import and the views load with
// their pages. A server render (and hydration) sees no marks: `useStars` gives React the
// empty set first, then this browser's.
import { useSyncExternalStore } from 'react';
import type { TagRef } from '../contract/model';

/** A saved story: enough to list it without the network. */
export interface SavedStory {
  slug: string;
  title: string;
  date?: string;
  excerpt: string;
}

export interface Stars {
  follows: TagRef[];
  saved: SavedStory[];
  /** Slugs of the stories opened. */
  read: string[];
  /** When this visit started, and when the one before it did (ms; 0: none). */
  visit: number;
  previousVisit: number;
}

export const STARS_KEY = 'kwave:stars';
const EMPTY: Stars = { follows: [], saved: [], read: [], visit: 0, previousVisit: 0 };
const listeners = new Set<() => void>();
let current: Stars | undefined;

/** Whatever the entry holds, as Stars: missing or broken fields are empty. */
export const asStars = (value: unknown): Stars => {
  const v = (value ?? {}) as Partial<Stars>;
  const list = <T>(x: T[] | undefined) => (Array.isArray(x) ? x : []);
  const time = (x: unknown) => (typeof x === 'number' ? x : 0);
  return {
    follows: list(v.follows),
    saved: list(v.saved),
    read: list(v.read),
    visit: time(v.visit),
    previousVisit: time(v.previousVisit),
  };
};

export const readStars = (): Stars => {
  if (!current)
    try {
      current = asStars(JSON.parse(localStorage.getItem(STARS_KEY) ?? '{}'));
    } catch {
      current = EMPTY;
    }
  return current;
};

/** Changes the marks, stores them and tells every view (and, by the storage event, other tabs). */
export const updateStars = (change: (stars: Stars) => Partial<Stars>) => {
  current = { ...readStars(), ...change(readStars()) };
  try {
    localStorage.setItem(STARS_KEY, JSON.stringify(current));
  } catch {
    // Storage refused (a private mode): the marks last for this page only.
  }
  listeners.forEach((l) => l());
};

const subscribe = (listener: () => void) => {
  const onStorage = (e: StorageEvent) => {
    if (e.key !== STARS_KEY) return;
    current = undefined;
    listener();
  };
  listeners.add(listener);
  addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    removeEventListener('storage', onStorage);
  };
};

export const useStars = () => useSyncExternalStore(subscribe, readStars, () => EMPTY);

/** Half an hour away is a new visit: what arrived since the last one is "new". */
export const startVisit = (now = Date.now()) => {
  const { visit } = readStars();
  if (now - visit > 1_800_000) updateStars(() => ({ visit: now, previousVisit: visit || now }));
};

export const markRead = (slugs: string[]) =>
  updateStars(({ read }) => ({ read: [...new Set([...read, ...slugs])] }));
