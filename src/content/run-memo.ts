// What one pipeline run can reuse from the last: results that depend only on a story (or a
// seed file) and on a scope (the knowledge it was read with). The edge that runs the
// pipeline again and again (the dev server, a build with its cache) keeps one; a run
// without one computes everything, and the tests hold both to the same output.

/** Results by key, valid while the scope is the one they were computed in. */
export interface RunMemo<T> {
  scope: string;
  entries: Map<string, T>;
}

export const emptyMemo = <T>(): RunMemo<T> => ({ scope: '', entries: new Map() });

/**
 * A lookup for one run in `scope`: `get(key, make)` gives the last run's result for `key`
 * or makes it. `done()` keeps only what this run used, so a deleted story's results go.
 * A memo of another scope is emptied first.
 */
export const memoRun = <T>(memo: RunMemo<T> | undefined, scope: string) => {
  if (memo && memo.scope !== scope) {
    memo.scope = scope;
    memo.entries = new Map();
  }
  const used = new Map<string, T>();
  return {
    get: (key: string, make: () => T): T => {
      const value = memo?.entries.get(key) ?? make();
      used.set(key, value);
      return value;
    },
    /** Keeps the last run's result for `key`, if any, without making it: one not needed now. */
    keep: (key: string) => {
      const value = memo?.entries.get(key);
      if (value !== undefined) used.set(key, value);
    },
    /** Ends the run. */
    done: () => {
      if (memo) memo.entries = used;
    },
  };
};
